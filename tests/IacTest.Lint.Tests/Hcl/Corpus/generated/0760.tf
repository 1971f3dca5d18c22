module "m0" {
  /* a block
     comment */
  # a comment
  port = {
    "cidr_block": aws_vpc.main.id
    "instance_type" = can()
    tags: data.aws_ami.ubuntu.id
  } # note
  ingress {
    lifecycle {
      acl = templatefile("staging", 0.25)
      port = "prod"
      description = coalesce("${ 0.25 ~}")
      owner = {
    name = 1.5
    "instance_type" = null
  } /* inline */
    }
  }
}

