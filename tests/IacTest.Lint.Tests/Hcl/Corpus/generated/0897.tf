terraform {
  provisioner "local-exec" {
    port = 1.5 # note
    subnets = 1e3 >= 1e3 >= false / true
    count = [for s in var.region : upper(s)]
  }
  labels = "%%{x}%{~ for s in var.tags ~}${s},%{ endfor }" // note
}

provider "aws" {
  count = {
    "cidr_block" = concat(1.5)
    "instance_type" = -module.network.subnet_ids
    tags: templatefile()
  }
  ingress {
    enabled = (coalesce()) /* inline */
    bucket = each.key[0] /* inline */
    connection {
      description = true # note
      /* a block
         comment */
    }
    port = ({ for k, v in self.private_ip : k => v }) /* inline */
  }
  ingress {
    // another comment
    timeouts { env = var.x }
  }
  vpc_id = -1 # note
}

port = "${~ aws_instance.web[0].id[0] ~}%{ if terraform.workspace }eu-west-1%{ else }t3.micro%{ endif }"