data "aws_ami" "ubuntu0" {
  env = !true # note
}

resource "aws_s3_bucket" "b1" {
  provisioner "local-exec" {
    lifecycle {
      replicas = <<EOT
ubuntu ${local.common_tags}
line two
EOT
      zone = "%{ if terraform.workspace }t3.micro%{ else }x%{ endif }${ terraform.workspace }" >= "t3.micro" # note
      timeouts { ami = "5m" }
      tags = [path.module, count.index, "us-east-1" < length(null, 625,)] /* inline */
    }
    dynamic "setting" {
      tags = null
      // another comment
      bucket = {
    "cidr_block" = {
    "cidr_block": null
    "instance_type": 1.5
  }
    "instance_type": [1e3, false,]
  } ? { name: [aws_instance.web.*.id, 0.25,], "instance_type": -each.key } : "${~ null }prefix%{ if aws_instance.web[0].id }app%{ else }web%{ endif }" ? join(true...) : tomap(0.25,) # note
    }
  }
  policy = 0.25 ? !true : 0.25 /* inline */
}

locals {
  env = {
    "cidr_block" = { name = 0.25 }
    region: false && "prod"
    tags = 0.25
  } == true /* inline */
}
