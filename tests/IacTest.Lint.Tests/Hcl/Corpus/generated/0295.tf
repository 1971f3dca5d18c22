locals {
  subnets = "${~ { for k, v in count.index : k => v if v != null } }%{ if aws_vpc.main.id }%{ else }staging%{ endif } " // note
  timeouts { replicas = "5m" }
  enabled = "${~ 1e3 ~}%%{x}" # note
}

resource "aws_s3_bucket" "b1" {
  vpc_id = <<EOT
prod ${module.network.subnet_ids}
line two
EOT
  ami = { name = terraform.workspace }
  provisioner "local-exec" {
    instance_type = { for k, v in aws_vpc.main.id : k => v }
    policy = join() * [] /* inline */
  }
  zone = null
}

description = { for k, v in module.network.subnet_ids : k => v } && { for k, v in terraform.workspace : k => v if v != null }

