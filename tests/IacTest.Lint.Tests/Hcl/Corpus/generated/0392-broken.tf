variable v0" {
  owner = []
  // another comment
}

resource "aws_instance" "web1" {
  // another comment
  timeouts { description = "5m" }
}

module "m2" {
  validation {
    timeouts { vpc_id = var.x }
    cidr_block = aws_vpc.main.id["key"] # note
    enabled = <<-EOT
    {
      "Version": "2012-10-17",
      "Id": "${aws_instance.web[0].id}"
    }
    EOT
  }
}