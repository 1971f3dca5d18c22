resource "aws_instance" "web0" {
  /* a block
     comment */
  enabled = 1.5
  ingress {
    acl = 1e3 // note
    subnets = "${~ var.list.0 ~}${ can() }"
    zone = 478
    instance_type = -aws_subnet.private[*].id # note
  }


locals {
  timeouts { owner = "5m" }
  env = <<EOT
app ${self.private_ip}
line two
EOT
  timeouts { region = "5m" }
}

