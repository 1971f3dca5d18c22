locals {
  tags = join(1e3 ? "prod" : self.private_ip - (1.5), aws_subnet.private[*].id ? "${~ 0.25 }$${literal}" : toset(null,)...)
  timeouts { ami = var.x }
  cidr_block = [[[], ("db"), terraform.workspace[*].id], 1.5,]
  /* a block
     comment */
}
