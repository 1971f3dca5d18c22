locals {
  vpc_id = true
  instance_type = [267 ? toset(0.25) : self.private_ip.attr]
  timeouts { acl = 10 }
}

