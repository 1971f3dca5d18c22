terraform {
  timeouts { subnets = "5m" }
  zone = !var.tags # note
}

