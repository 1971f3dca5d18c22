resource "aws_instance" "web0" {
  /* a block
     comment */
  # a comment
  vpc_id = (tomap("${~ var.list.0 ~}", { name = aws_vpc.main.id, "instance_type" = null },))
  description = true
}

module "m1" {
  timeouts { vpc_id = "5m" }
  tags = merge() // note
}

