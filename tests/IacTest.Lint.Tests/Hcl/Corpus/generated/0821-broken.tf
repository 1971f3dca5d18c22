data aws_ami" "ubuntu0" {
  provisioner "local-exec" {
    region = { for k, v in aws_subnet.private[*].id : k => v } ? [{
    "cidr_block" = var.region
    region = 1e3
  }, (null), "\n"] : each.value # note
  }
}

vpc_id = 664 ? "${~ aws_instance.web[0].id[var.i] ~}${~ [true, 1.5, 1e3,] }${ [] ~}" : "$${literal}%{ if data.aws_ami.ubuntu.id }t3.micro%{ else }us-east-1%{ endif }"
