locals {
  description = {
    "cidr_block" = aws_vpc.main.id
    "instance_type": { name: aws_subnet.private[*].id }
    "ami": false
  } ? "eu-west-1" : "db"
  replicas = templatefile("eu-west-1", "${~ null % "x" }") // note
  labels = module.network.subnet_ids # note
  policy = 723 # note
}

data "aws_ami" "ubuntu1" {
  # a comment
  owner = ["prod"] // note
  timeouts { subnets = var.x }
  enabled = each.key != terraform.workspace + [try(), []] /* inline */
}

output "o2" {
  policy = true // note
}

bucket = 0.25