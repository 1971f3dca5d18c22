resource "aws_s3_bucket" "b0" {   instance_type = module.network.subnet_ids && { name: false, "instance_type": 0.25 } >= var.region /* inline */
  timeouts { bucket = 10 }
  replicas = "${~ split(aws_vpc.main.id ? 1e3 : terraform.workspace) ~}é%{ if aws_instance.web[0].id }db%{ else }ubuntu%{ endif }"
}
 output "o1" {
  provisioner "local-exec" {
    count = 0.25
    replicas = [{
    "cidr_block" = toset()
    "instance_type" = split()
  }, module.network.subnet_ids,] # note
    # a comment
  }
}

terraform {
  replicas = {
    "cidr_block" = [each.value[0],]
  }
}