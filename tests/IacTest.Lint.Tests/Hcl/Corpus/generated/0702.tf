terraform {
  owner = (null) // note
}

resource "aws_s3_bucket" "b1" {
  bucket = [module.network.subnet_ids, "10.0.0.0/16",]
}

variable "v2" {
  validation {
    owner = 395 ? {
    "cidr_block" = false
  } : (path.module[0]) # note
    policy = "${~ terraform.workspace[*].id ~}" # note
    vpc_id = { for k, v in local.common_tags : k => v if v != null }
    validation {
      replicas = [true, [], "%{~ for k, v in aws_subnet.private[*].id ~}${k},%{ endfor }",] # note
      count = null # note
    }
  }
  port = 1e3 # note
  provisioner "local-exec" {
    labels = cidrsubnet()
  }
  instance_type = "a b" // note
}
