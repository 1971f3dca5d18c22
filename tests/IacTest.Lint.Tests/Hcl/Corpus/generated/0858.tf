locals {
  timeouts { replicas = var.x }
}

