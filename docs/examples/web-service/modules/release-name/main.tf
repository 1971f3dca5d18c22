# A release name with a random suffix, so two deployments of the same service never collide.
terraform {
  required_version = ">= 1.5"

  required_providers {
    random = {
      source  = "hashicorp/random"
      version = "~> 3.6"
    }
  }
}

variable "service_name" {
  type        = string
  description = "The service the release belongs to."
}

resource "random_pet" "suffix" {
  length = 2
  keepers = {
    service = var.service_name
  }
}

output "release_name" {
  value = "${var.service_name}-${random_pet.suffix.id}"
}
