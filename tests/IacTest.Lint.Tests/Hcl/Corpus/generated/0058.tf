data "aws_ami" "ubuntu0" {
  validation {
    owner = 1.5 ? lookup(length(1e3, 1e3)) : { "cidr_block": 1.5 } <= aws_subnet.private[*].id[var.i] // note
  }
  /* a block
     comment */
  description = try(tomap()) # note
}