terraform {
  lifecycle {
    zone = "${ [] }${~ ({ "cidr_block" = terraform.workspace }) }"
  }
  replicas = "app"
  ami = ({ "cidr_block" = concat(aws_instance.web.*.id, 0.25,) })
  enabled = { name: { name = false, region = true } ? [for s in aws_instance.web.*.id : upper(s) if s != ""] : data.aws_ami.ubuntu.id[*].id, "instance_type" = { for k, v in aws_vpc.main.id : k => v if v != null } }


owner = ([for i, s in self.private_ip : upper(s) if s != ""])

