resource "aws_s3_bucket" "b0" {
  env = 1.5
  region = {
    "cidr_block" = -self.private_ip
  }
  lifecycle {
    # a comment
    policy = 846 - 1.5 && { for k, v in path.module : k => v } - 1e3 /* inline */
  }
  /* a block
     comment */
}

module "m1" {
  vpc_id = [for i, s in var.list.0 : upper(s)] /* inline */
  ingress {
    count = 718
    /* a block
       comment */
  }
}

env = <<EOT
db ${aws_instance.web[0].id}
line two
EOT
