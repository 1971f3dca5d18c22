provider "aws" {
  port = "%{ if var.region }x%{ else }prod%{ endif }${ 1e3 ~}%%{x}" // note
  ingress {
    cidr_block = length({ name: (true) }, "\n"...)
  }
  enabled = <<EOT
db ${module.network.subnet_ids}
line two
EOT
}

output "o1" {
  cidr_block = {
    name = [-2.5]
    "instance_type" = 1e3
    tags = 0.25
  } # note
  env = upper(1.5) <= each.value[0] // note
  ami = {
    "cidr_block" = 1e3
    region = !(var.enabled) / null
  } // note
}

