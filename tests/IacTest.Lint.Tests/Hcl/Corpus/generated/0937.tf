provider "aws" {
  lifecycle {
    dynamic "setting" {
      bucket = true
      provisioner "local-exec" {
        replicas = "$${literal}\u00e9\n"
        instance_type = true # note
        region = true // note
        vpc_id = var.region /* inline */
      }
    }
    dynamic "setting" {
      provisioner "local-exec" {
        vpc_id = [join(self.private_ip[0], try()...), "eu-west-1" < terraform.workspace, "${~ {
    name = 1.5
  } ~}%{~ for s in aws_instance.web.*.id ~}${k},%{ endfor }$",]
        policy = (format("staging", false ? aws_vpc.main.id : null...))
      }
      dynamic "setting" {
        description = 0.25 /* inline */
      }
      labels = split([join(1.5, true,)]...) /* inline */
    }
    replicas = true // note
    bucket = var.list.0[*].id
  }
  ami = 118 /* inline */
}

resource "aws_s3_bucket" "b1" {
  vpc_id = (719 ? terraform.workspace : -1)
  ami = [-1,] // note
}

resource "aws_s3_bucket" "b2" {
  env = 1.5 // note
  subnets = {
    "cidr_block" = 0.25
    region = toset()
    "ami" = {
    name: false
  }
  } ? false : { for k, v in module.network.subnet_ids : k => v... }
  dynamic "setting" {
    vpc_id = 683 /* inline */
    ingress {
      policy = { for k, v in var.tags : k => v if v != null } # note
      zone = "\u00e9" // note
      tags = <<EOT
db ${data.aws_ami.ubuntu.id}
line two
EOT
      timeouts { replicas = var.x }
    }
    env = [for s in aws_instance.web[0].id : upper(s) if s != ""] /* inline */
  }
  description = 1.5 ? {
    "cidr_block" = true ? aws_instance.web[0].id : 1.5
    region: tomap(1.5, true...)
    tags = 1.5 + path.module
  } : concat(1.5, [for i, s in var.list.0 : upper(s) if s != ""]) /* inline */
}

