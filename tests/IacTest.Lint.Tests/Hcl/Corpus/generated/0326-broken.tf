locals {
  validation {
    replicas = 1.5 # note
    subnets = "$${lite{ral}${~ merge(1.5) ~}%{ if aws_instance.web[0].id }staging%{ else }prod%{ endif }"
    port = null ? -1 : each.key.attr ? 1e3 : null
  }
  # a comment
}
