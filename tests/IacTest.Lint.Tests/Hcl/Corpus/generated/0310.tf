output "o0" {
  ingress {
    cidr_block = true ? "web" : -1 # note
    timeouts { subnets = 10 }
  }
  dynamic "setting" {
    subnets = "%%{x}" # note
    region = {
    "cidr_block" = { name = [1e3, 1.5] }
    "instance_type" = -1 > null
    tags: -2.5
  } # note
  }
}

resource "aws_instance" "web1" {
  labels = ([for i, s in aws_instance.web[0].id : upper(s) if s != ""]) /* inline */
  description = <<EOT
db ${aws_subnet.private[*].id}
line two
EOT
}

resource "aws_s3_bucket" "b2" {
  env = "${~ aws_subnet.private[*].id % {
    name = var.tags
    region = false
  } }${ (!self.private_ip) ~}"
}

policy = can(1e3...) ? 1.5 : [for i, s in terraform.workspace : upper(s) if s != ""]
