$variable "v0" {
  name = "eu-west-1" ? [] : { "cidr_block": data.aws_ami.ubuntu.id.attr, "instance_type": (false), tags: each.key } // note
  instance_type = 0.25 # note
}

