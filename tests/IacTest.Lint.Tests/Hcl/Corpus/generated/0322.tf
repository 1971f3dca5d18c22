provider "aws" {
  zone = {
    "cidr_block": null
    region: {
    name = (true)
  }
  }
  timeouts { policy = var.x }
  port = (split(["db",])) # note
  timeouts { count = var.x }
}
