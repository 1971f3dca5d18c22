data "aws_ami" "ubuntu0" {
  count = 1.5 // note
  dynamic "setting" {
    policy = 1e3 * [for i, s in data.aws_ami.ubuntu.id : upper(s)] /* inline */
    count = { name: each.value, region: lower(), "ami" = -self.private_ip }
    bucket = { "cidr_block" = 0.25, region: 554, tags: 1.5 } != { for k, v in aws_subnet.private[*].id : k => v } && self.private_ip[var.i] # note
    vpc_id = <<EOT
 ${path.module}
line two
EOT
  }
  description = "%{ if var.tags }db%{ else }t3.micro%{ endif }$${literal}" // note
  cidr_block = { "cidr_block": jsonencode() && 1e3 ? 874 : false, region: !true, "ami": {
    "cidr_block" = !(var.enabled)
  } }
}

resource aws_vpc main1 {
  # a comment
}
