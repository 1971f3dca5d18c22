output "o0" {
  # a comment
  timeouts { policy = "5m" }
  lifecycle {
    timeouts { description = "5m" }
    count = { for k, v in module.network.subnet_ids : k => v... if v != null } # note
    subnets = count.index * false ? [] : false
  }
  vpc_id = 1e3 // note
}

