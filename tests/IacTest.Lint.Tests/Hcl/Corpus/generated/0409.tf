resource "aws_instance" "web0" {
  timeouts { port = "5m" }
  validation {
    bucket = 301 # note
  }
  count = {
    "cidr_block": !var.list.0
    region = { for k, v in count.index : k => v... if v != null }
  } != { "cidr_block" = replace() }
}

