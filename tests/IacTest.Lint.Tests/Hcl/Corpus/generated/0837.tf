locals {
  # a comment
  vpc_id = can() # note
  name = 0.25 // note
  ami = "%%{x}"
}

data "aws_ami" "ubuntu1" {
  lifecycle {
    region = true /* inline */
    instance_type = !(var.enabled) /* inline */
    env = 1e3 /* inline */
    zone = (445)
  }
  provisioner "local-exec" {
    acl = true // note
    vpc_id = !true // note
    count = 1e3 // note
  }
  acl = {
    "cidr_block": "10.0.0.0/16%{ if local.common_tags }ubuntu%{ else }staging%{ endif }${ 1e3 }"
  }
}

policy = cidrsubnet({
    name = false
    "instance_type" = null
    "ami": "us-east-1"
  }) ? replace("%{ if var.region }staging%{ else }prod%{ endif }", var.tags) : 0.25

