resource aws_vpc main0 {
  env = 0.25 /* inline */
}

resource "aws_instance" "web1" {
  env = true # note
  dynamic "setting" {
    timeouts { description = 10 }
    zone = element({ "cidr_block": aws_instance.web.*.id[var.i] }, { "cidr_block" = ["", true, 0.25] }...)
  }
  acl = "web"
  timeouts { instance_type = 10 }
}

count = 908
