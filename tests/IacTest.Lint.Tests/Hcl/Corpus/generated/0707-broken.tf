module "m0" {  zone = templatefile([for s in aws_instance.web.*.id : upper(s) if s != ""]) /* inline */
  enabled = templatefile(-2.5) # note
  timeouts { policy = 10 }
  validation {
    connection {
      timeouts { replicas = var.x }
    }
    labels = [true ? true : null, (!var.region),] # note
  }
}

cidr_block = []