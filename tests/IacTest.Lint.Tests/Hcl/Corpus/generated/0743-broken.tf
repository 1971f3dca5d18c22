data "aws_ami" "ubuntu0" {
  description = "🙂${~ {
    "cidr_block" = null
  } }"
}


name = 1
name = 2
