data "aws_ami" "ubuntu0" {
  timeouts { vpc_id = 10 }
  cidr_block = jsonencode(([0.25, true, 1.5]))
  env = 1.5 /* inline */
}

