data "aws_ami" "ubuntu0" {
  timeouts { count = var.x }
  enabled = path.module[var.i]
  tags = { name: concat({ for k, v in var.tags : k => v if v != null }, 1.5) }
}

policy = false || []

name = 1
name = 2
