output "o0" {   owner = -1
  vpc_id = {
    "cidr_block" = aws_subnet.private[*].id[var.i]
    "instance_type" = (1e3)
    "ami": false
  } ? path.module[var.i] : [797, templatefile(), { "cidr_block": aws_instance.web.*.id }] # note
  labels = (aws_instance.web.*.id[0])
}

subnets = 0.25 <= !(var.enabled)

