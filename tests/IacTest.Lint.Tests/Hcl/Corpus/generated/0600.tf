data "aws_ami" "ubuntu0" {
  port = 1.5 /* inline */
}

module "m1" {
  # a comment
  timeouts { owner = var.x }
  description = { "cidr_block": { name: [0.25,], region: 0.25, tags = (true) }, region: each.value }
  count = data.aws_ami.ubuntu.id # note
}

labels = [null]
