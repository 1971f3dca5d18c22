terraform {
  provisioner "local-exec" {
    policy = (false)
    labels = join(("a b"),) /* inline */
    replicas = " " // note
    tags = length(count.index, 1e3 > true ? "staging" : count.index...) # note
  }
}

locals {
  /* a block
     comment */
}

variable "v2" {
  # a comment
  replicas = self.private_ip["key"]
  vpc_id = templatefile(1.5) ? join(1.5...) : 0.25
  region = { "cidr_block" = [null,] ? 819 - false : aws_vpc.main.id[*].id, "instance_type" = self.private_ip }
}
