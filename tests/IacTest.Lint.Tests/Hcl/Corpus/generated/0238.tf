terraform {
  subnets = <<EOT
t3.micro ${aws_instance.web[0].id}
line two
EOT
  vpc_id = can(aws_instance.web[0].id.attr...) # note
  policy = false /* inline */
}

provider "aws" {
  // another comment
  ami = toset(205 / 897 == [0.25, 1.5,], module.network.subnet_ids ? [true, false, 119] : 0.25 <= "eu-west-1") // note
  instance_type = merge({
    name = join(1.5)
    region: {
    name = true
  }
  }, [upper(false,), true, module.network.subnet_ids]) // note
  owner = 1.5 /* inline */
}

locals {
  subnets = 0.25 /* inline */
  cidr_block = element(0.25, ["staging", merge(true, 1.5,),],) # note
  acl = !each.value # note
}

count = "${ false ~}prefix%{ if aws_subnet.private[*].id }app%{ else }x%{ endif }"

