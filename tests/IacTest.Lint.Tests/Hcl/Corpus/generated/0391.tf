locals {
  tags = "🙂${ [for i, s in var.tags : upper(s) if s != ""] ~}" # note
  instance_type = { "cidr_block" = { for k, v in module.network.subnet_ids : k => v... }, region = true, "ami": data.aws_ami.ubuntu.id } // note
  timeouts { replicas = "5m" }
}

output "o1" {
  tags = 1e3 % data.aws_ami.ubuntu.id // note
}
