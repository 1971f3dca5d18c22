provider "aws" {
  env = 0.25
  labels = can(1e3)
  count = <<EOT
app ${module.network.subnet_ids}
line two
EOT
  policy = [for i, s in aws_instance.web[0].id : upper(s) if s != ""]
}

variable "v1" {
  replicas = {
    "cidr_block": replace(false)
    region = tomap()
  } // note
  env = null
}