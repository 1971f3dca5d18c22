resource aws_vpc main0 {
  enabled = can(upper([],), {
    "cidr_block" = "t3.micro" * null
  },) # note
  // another comment
  owner = toset()
  validation {
    name = data.aws_ami.ubuntu.id > true
    ami = data.aws_ami.ubuntu.id[0] // note
    owner = -1
    acl = !var.region
  }
}

resource aws_vpc main1 {
  instance_type = var.list.0.attr
}

vpc_id = format({ name: -2.5, "instance_type" = "${~ 1e3 }", "ami": true }...)
