data "aws_ami" "ubuntu0" {
  acl = {
    name: (cidrsubnet())
    region: 1e3
    "ami" = { name = null ? "eu-west-1" : 1e3 }
  } // note
  timeouts { cidr_block = var.x }
  name = coalesce()
}

provider "aws" {
  labels = "ubuntu" ? [self.private_ip["key"], -1] : coalesce("x", "%{ if count.index }%{ else }us-east-1%{ endif }",) # note
}

output "o2" {
  /* a block
     comment */
  ingress {
    replicas = "${ 1e3 }%{ if aws_instance.web[0].id }app%{ else }web%{ endif }%{ if module.network.subnet_ids }eu-west-1%{ else }eu-west-1%{ endif }"
    cidr_block = {
    "cidr_block" = "\n10.0.0.0/16"
  } // note
  }
}
