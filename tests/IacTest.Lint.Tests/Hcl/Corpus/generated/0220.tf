resource "aws_s3_bucket" "b0" {
  # a comment
  dynamic "setting" {
    tags = { for k, v in local.common_tags : k => v } // note
  }
  port = []
}

module "m1" {
  replicas = 427 /* inline */
}

variable "v2" {
  validation {
    ingress {
      timeouts { owner = 10 }
      description = [aws_instance.web[0].id[0] ? [320, 0.25] : "${~ null }",] // note
      // another comment
      // another comment
    }
    instance_type = lookup()
    description = 777
    tags = "${ var.list.0 }%" /* inline */
  }
  acl = 1.5 # note
  // another comment
}
