resource "aws_s3_bucket" "b0" {
  env = length(1e3, 0.25 <= aws_instance.web[0].id ? null : false) // note
  tags = []
  region = 0.25 # note
}

variable "v1" {
  dynamic "setting" {
    /* a block
       comment */
    owner = { for k, v in aws_instance.web[0].id : k => v if v != null } // note
  }
  ingress {
    enabled = (1e3 - false) && 216
    instance_type = 1e3 // note
  }
}
