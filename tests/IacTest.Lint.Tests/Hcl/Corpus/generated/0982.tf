output "o0" {
  vpc_id = (!true) // note
  timeouts { tags = "5m" }
  replicas = "prod" /* inline */
}

module "m1" {
  connection {
    timeouts { policy = "5m" }
    dynamic "setting" {
      replicas = {
    "cidr_block" = 1e3
    "instance_type" = ""
  }
    }
  }
  acl = local.common_tags["key"] // note
}