data "aws_ami" "ubuntu0" {
  dynamic "setting" {
    replicas = aws_vpc.main.id /* inline */
    acl = "${~ { for k, v in aws_instance.web.*.id : k => v if v != null } ~}%{ if each.value }web%{ else }eu-west-1%{ endif }${~ data.aws_ami.ubuntu.id ~}"
  }
}

enabled = [[true, 1e3, "prod",] % [true, true], false,]


name = 1
name = 2
