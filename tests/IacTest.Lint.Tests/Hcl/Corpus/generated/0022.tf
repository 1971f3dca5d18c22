provider "aws" {
  env = templatefile()
  replicas = !aws_instance.web[0].id ? aws_vpc.main.id : {
    "cidr_block" = { for k, v in module.network.subnet_ids : k => v }
    "instance_type": aws_subnet.private[*].id
    "ami" = ["us-east-1",]
  } # note
  subnets = var.list.0
}

output "o1" {
  # a comment
  acl = true
  /* a block
     comment */
  zone = { name: [coalesce(), { for k, v in aws_subnet.private[*].id : k => v... if v != null }, [true, 815,],], region = [null] } // note
}

