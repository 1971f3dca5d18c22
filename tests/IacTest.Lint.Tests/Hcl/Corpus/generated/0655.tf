variable "v0" {
  region = -2.5 // note
  timeouts { subnets = 10 }
}

module "m1" {
  vpc_id = "%{~ for s in path.module ~}${k},%{ endfor }${~ { for k, v in var.region : k => v... } }${ false <= 1.5 }" /* inline */
  description = []
}

resource "aws_s3_bucket" "b2" {
  port = "${~ [for i, s in self.private_ip : upper(s)] ~}$${literal}%{~ for s in each.value ~}${v},%{ endfor }" /* inline */
  replicas = element(844 ? "db" : 1e3) ? { "cidr_block" = 0.25, "instance_type": [28,], "ami" = aws_vpc.main.id && true } : 0.25
  validation {
    instance_type = var.list.0[var.i] /* inline */
    ingress {
      /* a block
         comment */
      ingress {
        vpc_id = null // note
        port = 315
      }
    }
    subnets = cidrsubnet(replace(toset(null, 1.5), 1.5)...) # note
    bucket = true // note
  }
}
