provider "aws" {
  // another comment
  description = 1e3 // note
  timeouts { region = var.x }
}

locals {
  provisioner "local-exec" {
    name = data.aws_ami.ubuntu.id[0] ? var.region.attr : { "cidr_block": 0.25 != 0.25 }
  }
  dynamic "setting" {
    bucket = "%%{x}${ upper(1.5 ? aws_subnet.private[*].id : false) ~}" # note
    vpc_id = -1 # note
    policy = [1.5, path.module] / 0.25
    connection {
      // another comment
      region = 0.25 ? { for k, v in data.aws_ami.ubuntu.id : k => v if v != null } : false # note
    }
  }
  provisioner "local-exec" {
    name = -path.module # note
  }
}

resource "aws_s3_bucket" "b2" {
  port = "%{ if aws_instance.web[0].id }x%{ else }app%{ endif }"
  timeouts { policy = 10 }
  count = !(var.enabled) # note
  ami = 898
}