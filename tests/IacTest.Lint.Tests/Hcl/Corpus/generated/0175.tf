data "aws_ami" "ubuntu0" {
  # a comment
  instance_type = 1.5
}

provider "aws" {
  acl = concat(null,) == jsonencode(858) ? 0.25 ? "us-east-1" : "us-east-1" : "prefix" /* inline */
  dynamic "setting" {
    description = <<EOT
 ${data.aws_ami.ubuntu.id}
line two
EOT
    connection {
      timeouts { vpc_id = 10 }
      dynamic "setting" {
        ami = { for k, v in path.module : k => v... if v != null }
        enabled = ["" < false,]
        env = <<EOT
eu-west-1 ${data.aws_ami.ubuntu.id}
line two
EOT
        count = [aws_instance.web.*.id.attr, lookup([541, false, true,], null), format(true, aws_instance.web[0].id["key"]...)]
      }
      description = -2.5
      cidr_block = [] /* inline */
    }
    connection {
      lifecycle {
        owner = 1.5 /* inline */
      }
      timeouts { instance_type = var.x }
    }
  }
  // another comment
  cidr_block = -1
}

ami = 0.25
