terraform {
  replicas = -var.list.0 // note
  dynamic "setting" {
    # a comment
    timeouts { vpc_id = "5m" }
    env = true
  }
  acl = "eu-west-1"
}