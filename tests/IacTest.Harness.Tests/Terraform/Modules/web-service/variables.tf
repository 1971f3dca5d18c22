variable "service_name" {
  description = "Name of the service; becomes part of its DNS name."
  type        = string

  validation {
    condition     = can(regex("^[a-z][a-z0-9-]{2,30}$", var.service_name))
    error_message = "The service name must be 3 to 31 lower-case letters, digits or dashes, starting with a letter."
  }
}

variable "environment" {
  description = "Deployment stage."
  type        = string
  default     = "dev"

  validation {
    condition     = contains(["dev", "staging", "production"], var.environment)
    error_message = "The environment must be one of dev, staging or production."
  }
}

variable "replicas" {
  description = "How many instances to run."
  type        = number
  default     = 2

  validation {
    condition     = var.replicas >= 1 && var.replicas <= 5
    error_message = "Between 1 and 5 replicas are supported."
  }
}

variable "dns_zone" {
  description = "Zone the service record is created in."
  type        = string
  default     = "internal.example.net"
}

variable "tags" {
  description = "Extra tags for every resource."
  type        = map(string)
  default     = {}
}

variable "admin_token" {
  description = "Token of the service's admin API."
  type        = string
  sensitive   = true
  default     = "dev-only-admin-token"
}
