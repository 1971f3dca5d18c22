resource aws_vpc main0 {
  zone = [cidrsubnet(true, 219...) / "web" == each.key, {
    "cidr_block" = !true
    region = can()
  }] # note
}

resource aws_vpc main1 {
  count = var.list.0 ? { name = var.tags ? null : false, "instance_type" = "$${literal}%{~ for s in data.aws_ami.ubuntu.id ~}${k},%{ endfor }%{~ for k, v in aws_subnet.private[*].id ~}${v},%{ endfor }", "ami": 1.5 } : lower() ? (true) : false > aws_vpc.main.id
}

terraform {
  ami = 1.5
  name = [for i, s in var.region : upper(s)] ? -aws_instance.web[0].id && coalesce() : (1.5) // note
  cidr_block = <<EOT
db ${var.list.0}
line two
EOT
}
