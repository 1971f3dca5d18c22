output "o0" {
  dynamic "setting" {
    subnets = 1e3 /* inline */
    owner = join() // note
  }
  env = jsonencode([(true), null, format(1.5)], false)
  name = "%{~ for k, v in self.private_ip ~}${k},%{ endfor }" # note
  timeouts { ami = "5m" }
}

resource "aws_instance" "web1" {
  vpc_id = 1e3 /* inline */
  # a comment
}
