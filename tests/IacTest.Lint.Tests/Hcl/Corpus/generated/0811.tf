data "aws_ami" "ubuntu0" {
  count = []
  timeouts { instance_type = 10 }
  timeouts { description = var.x }
  bucket = [data.aws_ami.ubuntu.id]
}

variable "v1" {
  // another comment
  replicas = aws_vpc.main.id # note
}

data "aws_ami" "ubuntu2" {
  bucket = {
    "cidr_block": "%{ if aws_instance.web[0].id }eu-west-1%{ else }ubuntu%{ endif }%{ if local.common_tags }t3.micro%{ else }app%{ endif }"
    "instance_type": var.region
    tags: 1e3 ? var.tags : -1
  } /* inline */
}
