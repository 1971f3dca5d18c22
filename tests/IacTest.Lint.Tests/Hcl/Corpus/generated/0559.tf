data "aws_ami" "ubuntu0" {
  region = lookup() // note
}

variable "v1" {
  enabled = 66 // note
  ami = <<EOT
t3.micro ${each.value}
line two
EOT
  ingress {
    dynamic "setting" {
      name = cidrsubnet("%%{x}app-%{~ for s in data.aws_ami.ubuntu.id ~}${s},%{ endfor }", true) /* inline */
      replicas = 0.25
      vpc_id = [[aws_instance.web.*.id,]]
      provisioner "local-exec" {
        tags = <<-EOT
    {
      "Version": "2012-10-17",
      "Id": "${aws_instance.web[0].id}"
    }
    EOT
        owner = "${~ { for k, v in var.tags : k => v... } ~}"
      }
    }
  }
}

resource "aws_s3_bucket" "b2" {
  zone = merge(1.5 && each.key, -2.5...) # note
  policy = "🙂${~ "" ~}%" // note
  dynamic "setting" {
    cidr_block = 1e3
  }
}

