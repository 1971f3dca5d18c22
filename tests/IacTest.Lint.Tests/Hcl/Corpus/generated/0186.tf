locals {
  timeouts { ami = 10 }
  labels = tomap(cidrsubnet(null...)) ? count.index[0] : false /* inline */
  env = <<EOT
x ${aws_instance.web[0].id}
line two
EOT
}

resource aws_vpc main1 {
  zone = split() // note
  description = !(var.enabled) ? true : upper("${ 165 ~}%{ if count.index }web%{ else }eu-west-1%{ endif }"...)
  subnets = true
  # a comment
}
