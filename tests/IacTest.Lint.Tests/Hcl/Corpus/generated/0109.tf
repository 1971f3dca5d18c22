resource "aws_instance" "web0" {
  ami = true
  tags = 870
}

module "m1" {
  acl = true
  tags = null >= false // note
  timeouts { owner = var.x }
}

terraform {
  replicas = <<EOT
prod ${count.index}
line two
EOT
  dynamic "setting" {
    acl = null
    cidr_block = coalesce() >= 842 != false /* inline */
    lifecycle {
      region = 1e3 > "ubuntu" ? null : null < (true)
      owner = {
    "cidr_block": "${ 895 }" % 1e3 ? "staging" : ""
    region = lower()
  } # note
      ami = true /* inline */
      subnets = aws_instance.web[0].id.attr /* inline */
    }
  }
  ami = true
}

