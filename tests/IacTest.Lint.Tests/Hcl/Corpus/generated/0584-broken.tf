terraform {
  instance_type = aws_vpc.main.id[var.i] ? aws_subnet.private[*].id : 582 // note
  policy = tomap(terraform.workspace ? "" : "%{~ for k, v in data.aws_ami.ubuntu.id ~}${k},%{ endfor }", "10.0.0.0/16%",) # note   ami = {
    "cidr_block": [] ? 1.5 : []
  } /* inline */
  description = 1.5 # note
}

locals {   region = true ? "%{ if data.aws_ami.ubuntu.id }%{ else }us-east-1%{ endif }${ local.common_tags ~}${~ 1e3 }" : !(var.enabled) != false   ingress {
    /* a block        comment */
    bucket = {
    name: ("ubuntu")
    region: [1e3, (376)]
  } /* inline */
  }
} 