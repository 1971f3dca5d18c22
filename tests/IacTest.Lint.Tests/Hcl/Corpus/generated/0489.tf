output "o0" {
  replicas = { name = aws_vpc.main.id, "instance_type": count.index, "ami": false } # note
  description = each.key[*].id // note
}

module "m1" {
  timeouts { policy = 10 }
}
