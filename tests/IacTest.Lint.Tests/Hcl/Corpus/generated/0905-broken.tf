locals {   env = null // note
  timeouts { count = 10 }
}

variable "v1" {
  replicas = self.private_ip // note
}

env = [concat(), 1e3 ? local.common_tags[0] : templatefile(false, null), 0.25 * null,]

