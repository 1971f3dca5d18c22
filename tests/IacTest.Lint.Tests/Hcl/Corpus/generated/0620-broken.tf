data "aws_ami" "ubuntu0" {
  tags = can(each.value ? 785 : (null), replace(1e3 ? 1e3 : true)...)
  subnets = null /* inline */


terraform {
  validation {
    cidr_block = {
    name: null
    region = 1.5
    "ami": "web"
  }
    policy = !aws_instance.web[0].id ? 1.5 : [for s in local.common_tags : upper(s)] # note
    labels = 0.25 + "🙂${ "${ false ~}" }" # note
  }
}

provider "aws" {
  name = { "cidr_block": -1, "instance_type" = format(null ? 1e3 : null,) } /* inline */
  ami = { "cidr_block" = "${~ "app" }%{ if self.private_ip }eu-west-1%{ else }db%{ endif }", region: true } // note
  validation {
    dynamic "setting" {
      cidr_block = split() /* inline */
      labels = true
      dynamic "setting" {
        name = <<-EOT
    {
      "Version": "2012-10-17",
      "Id": "${each.value}"
    }
    EOT
      }
    }
    count = (templatefile(0.25, ["app", 971,]...))
    policy = [1e3, each.value]
  }
}

description = false
