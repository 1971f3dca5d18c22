resource aws_vpc main0 {
  region = false /* inline */
  tags = [for i, s in aws_vpc.main.id : upper(s) if s != ""]
  port = ["eu-west-1" ? var.list.0 : null ? var.tags : [each.key,], [], 1.5] // note
  labels = jsonencode(0.25 % -aws_vpc.main.id,) /* inline */
}

terraform {
  /* a block
     comment */
  port = split(cidrsubnet()...)
  lifecycle {
    provisioner "local-exec" {
      provisioner "local-exec" {
        cidr_block = !(var.enabled)
        name = aws_instance.web[0].id ? false / null && "${ 789 }$" : false
        port = aws_instance.web[0].id.attr
      }
      subnets = "\n${~ upper() ~}10.0.0.0/16"
      replicas = length(653 % 256, replace(),) <= split("%%{x}%{ if aws_subnet.private[*].id }staging%{ else }eu-west-1%{ endif }\"q\"",) /* inline */
    }
    acl = <<-EOT
    {
      "Version": "2012-10-17",
      "Id": "${var.region}"
    }
    EOT
    instance_type = { for k, v in self.private_ip : k => v... if v != null } # note
  }
}

name = 1
name = 2
