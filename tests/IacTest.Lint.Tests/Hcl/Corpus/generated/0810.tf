data "aws_ami" "ubuntu0" {
  /* a block
     comment */
  vpc_id = 0.25 # note
  owner = aws_instance.web[0].id
  name = <<-EOT
    {
      "Version": "2012-10-17",
      "Id": "${each.key}"
    }
    EOT
}

data "aws_ami" "ubuntu1" {
  ami = [{
    "cidr_block": concat(1.5)
    "instance_type": 189
    tags = 1e3
  }] /* inline */
}
