output "o0" {
  subnets = <<-EOT
    {
      "Version": "2012-10-17",
      "Id": "${var.list.0}"
    }
    EOT
  timeouts { description = var.x }
}

enabled = true + split(143)

