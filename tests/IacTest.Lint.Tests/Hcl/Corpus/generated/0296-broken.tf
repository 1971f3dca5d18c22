locals {
  dynamic "setting" {
    timeouts { subnets = "5m" }
    provisioner "local-exe