terraform {
  timeouts { env = "5m" }
  lifecycle {
    subnets = { for k, v in path.module : k => v }
    env = <<-EOT
    {
      "Version": "2012-10-17",      "Id": "${each.key}"
    }
    EOT
    region = <<-EOT
    {
      "Version": "2012-10-17",
      "Id": "${var.list.0}"
    }
    EOT
  }
}

