module "m0" {
  timeouts { ami = "5m" }
}

locals {
  labels = (null) /* inline */
  instance_type = ((false)) / -1 /* inline */
  replicas = false // note
  enabled = 99 # note
}