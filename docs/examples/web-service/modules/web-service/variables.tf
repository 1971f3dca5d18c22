variable "service_name" {
  description = "Short name of the service, used in every resource name."
  type        = string
}

variable "environment" {
  description = "Deployment environment the service runs in (staging, production)."
  type        = string
}

variable "dns_zone" {
  description = "Private DNS zone the service is published in."
  type        = string
  default     = "internal.example.net"
}

variable "replicas" {
  description = "Number of replicas behind the service name."
  type        = number
  default     = 2

  validation {
    condition     = var.replicas >= 1 && var.replicas <= 10
    error_message = "replicas must be between 1 and 10."
  }
}

variable "admin_token" {
  description = "Token of the service's admin API; handed back as a sensitive output."
  type        = string
  default     = null
  sensitive   = true
}
