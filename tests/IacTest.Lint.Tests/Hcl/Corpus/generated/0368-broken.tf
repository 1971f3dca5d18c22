module "m0" {
  dynamic "setting" {
    timeouts { region = "5m" }
  }
  policy = false # note
  subnets = {
    "cidr_block": 0.25
  }
  # a comment
}

provider "aws" {
  insta<<nce_type = 1e3
  ami = "%{ if aws_instance.web.*.id }t3.micro%{ else }x%{ endif }%{~ for k, v in module.network.subnet_ids ~}${v},%{ endfor }"
  description = -1 // note
}
