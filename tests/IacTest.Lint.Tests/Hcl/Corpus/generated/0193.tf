resource aws_vpc main0 {
  ami = can([], null...)
  vpc_id = 700
}

module "m1" {
  region = {
    name = var.tags
    region = "app"
    "ami" = null
  } // note
}

resource aws_vpc main2 {
  zone = 1e3 // note
  policy = element() # note
  enabled = "${~ {
    "cidr_block": 0.25
    region: { for k, v in data.aws_ami.ubuntu.id : k => v }
  } }${~ aws_instance.web[0].id ~}%{~ for s in var.tags ~}${s},%{ endfor }"
  validation {
    vpc_id = ([]) /* inline */
    subnets = [false, "eu-west-1"] # note
    # a comment
    labels = [element(0.25...), 649, null]
  }
}