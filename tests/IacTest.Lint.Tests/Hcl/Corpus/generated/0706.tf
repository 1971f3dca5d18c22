data "aws_ami" "ubuntu0" {
  // another comment
}

resource aws_vpc main1 {
  replicas = length(1.5, [for s in var.region : upper(s) if s != ""])
  name = [257, {
    name = null
    "instance_type" = "ubuntu"
    tags: 451
  } ? null : "prod" > 0.25]
  ami = local.common_tags && { for k, v in aws_instance.web[0].id : k => v... }
}

provider "aws" {
  instance_type = self.private_ip[*].id # note
}
