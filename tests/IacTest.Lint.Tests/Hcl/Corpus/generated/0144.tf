provider "aws" {
  instance_type = "a b%${ null ~}" # note
}

provider "aws" {
  count = aws_subnet.private[*].id[*].id
  enabled = -each.key /* inline */
}

variable "v2" {
  timeouts { env = "5m" }
  /* a block
     comment */
}

vpc_id = !true
