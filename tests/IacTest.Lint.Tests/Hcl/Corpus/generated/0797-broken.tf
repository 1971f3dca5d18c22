data "aws_ami" "ubuntu0" {
  vpc_id = {
    name: length(0.25, "db",)
    "instance_type" = self.private_ip > 11
    tags = 120 ? null : 0.25
  } != jsonencode(each.key, (1.5)) /* inline */
}

data "aws_ami" "ubuntu1" {
  env = "%{~ for s in aws_subnet.private[*].id ~}${k},%{ endfor }"
}

provider "aws" {
  count = 1e3
  enabled = "${~ jsonencode(aws_instance.web.*.id...) / null }prefix🙂"
  region = {
    name: "é\u00e9%{ if aws_instance.web[0].id }web%{ else }t3.micro%{ endif }"
    region = [("web"), [],]
    tags = null
  } // note
  # a comment
}

name = 1
name = 2
