module "m0" {
  cidr_block = [for s in var.tags : upper(s)] // note
}

terraform {
  /* a block
     comment */
}

data "aws_ami" "ubuntu2" {
  labels = "\n%{ if aws_instance.web[0].id }eu-west-1%{ else }eu-west-1%{ endif }" /* inline */
  owner = 0.25 # note
  lifecycle {
    policy = null
    bucket = true
    // another comment
    cidr_block = {
    "cidr_block" = "${~ [0.25, 0.25,] ~}%%{~ for k, v in var.tags ~}${k},%{ endfor }"
    region: (false % 1.5)
    "ami": {
    "cidr_block": 1e3
    "instance_type" = -1
  }
  } /* inline */
  }
}
