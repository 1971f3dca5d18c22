terraform {
  timeouts { policy = "5m" }
  replicas = 675 // note
  enabled = null # note
}

locals {
  ingress {
    bucket = [-2.5, module.network.subnet_ids[0], (1.5 && true),] /* inline */
    instance_type = false
  }
}