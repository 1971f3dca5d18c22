# Shared naming convention, called by the service modules beside it.
variable "service" {
  description = "Service name."
  type        = string
}

variable "environment" {
  description = "Deployment stage."
  type        = string
}

output "prefix" {
  description = "Prefix of every resource name of the service."
  value       = "${var.environment}-${var.service}"
}
