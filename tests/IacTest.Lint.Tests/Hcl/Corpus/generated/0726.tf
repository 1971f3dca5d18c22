module "m0" {
  count = -self.private_ip # note
  ami = "eu-west-1"
  lifecycle {
    count = { "cidr_block" = true, "instance_type": 0.25 } /* inline */
  }
}

module "m1" {
  count = "staging" # note
  region = "${ aws_subnet.private[*].id[0] ~} %{ if aws_subnet.private[*].id }%{ else }t3.micro%{ endif }" // note
  port = "🙂🙂"
}

module "m2" {
  port = lookup(705, count.index * 1e3,) # note
  validation {
    description = -2.5
    acl = true == false ? 1.5 : 1.5 >= [1e3, "db", 0.25,]
  }
}

owner = null

