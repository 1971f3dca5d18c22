provider "aws" {
  validation {
    instance_type = "ubuntu"
    owner = "x" /* inline */
    name = {
    "cidr_block" = "prod"
  }
    lifecycle {
      policy = -1
    }
  }
  count = ("${~ null }%{~ for s in path.module ~}${k},%{ endfor }%{ if aws_subnet.private[*].id }%{ else }web%{ endif }")
  timeouts { acl = 10 }
}

provider "aws" {
  tags = self.private_ip["key"] ? "web" : "${ !true ~}${~ self.private_ip[var.i] ~}${ "us-east-1" ? 1.5 : 1.5 ~}"
  // another comment
  /* a block
     comment */
}
