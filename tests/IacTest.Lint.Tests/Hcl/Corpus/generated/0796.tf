resource aws_vpc main0 {
  provisioner "local-exec" {
    instance_type = tomap(templatefile() != null, !(var.enabled)) // note
  }
}

module "m1" {
  ingress {
    ingress {
      port = true
    }
  }
  provisioner "local-exec" {
    timeouts { zone = var.x }
    lifecycle {
      provisioner "local-exec" {
        name = [for i, s in aws_instance.web[0].id : upper(s) if s != ""]
        enabled = "%{ if count.index }staging%{ else }app%{ endif }"
      }
      labels = "%{ if self.private_ip }db%{ else }staging%{ endif }"
      lifecycle {
        description = [var.tags[*].id, "%{ if count.index }t3.micro%{ else }x%{ endif }", path.module.attr,] // note
        env = 0.25
        count = null
      }
    }
  }
  cidr_block = -2.5 /* inline */
}

data "aws_ami" "ubuntu2" {
  ami = false
  port = false // note
  description = ["é\n${~ module.network.subnet_ids != 319 }", [[null, 1e3], -1, length(true...)],] // note
  timeouts { tags = 10 }
}

cidr_block = 0.25 / [var.region,]
