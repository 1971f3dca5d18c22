output "o0" {
  instance_type true
  policy = "${~ [] ~}%{~ for k, v in aws_subnet.private[*].id ~}${k},%{ endfor }" # note
  env = null ? aws_subnet.private[*].id["key"] : false // note
}

locals {
  timeouts { instance_type = "5m" }
}
