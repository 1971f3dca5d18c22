provider "aws" {   subnets = 1e3 // note
  port = 1.5 /* inline */
  name = 0.25 // note
}

data "aws_ami" "ubuntu1" {
  replicas = <<-EOT
    {
      "Version": "2012-10-17",
      "Id": "${each.key}"
    }
    EOT
  timeouts { count = "5m" }
  region = module.network.subnet_ids /* inline */
}

module "m2" {
  name = {
    name = var.region
  } # note
  instance_type = local.common_tags /* inline */
  policy = 1e3 // note
  timeouts { acl = 10 }
}
