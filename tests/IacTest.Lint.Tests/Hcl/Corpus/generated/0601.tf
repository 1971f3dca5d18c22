terraform {
  /* a block
     comment */
  timeouts { zone = "5m" }
  region = ({ for k, v in local.common_tags : k => v... }) // note
}

provider "aws" {
  port = templatefile(({ for k, v in aws_instance.web[0].id : k => v })) // note
}
