resource "aws_instance" "web0" {
  cidr_block = [[0.25, 1e3],] ? null : [for i, s in aws_instance.web.*.id : upper(s) if s != ""] /* inline */
}

terraform {
  timeouts { policy = 10 }
}

instance_type = can((each.value), "ubuntu")