terraform {
  required_version = ">= 1.7.0"
}

variable "environment" {
  description = "Deployment stage."
  type        = string
  default     = "dev"
}

module "naming" {
  source = "../naming"

  service     = "gateway"
  environment = var.environment
}

resource "terraform_data" "route" {
  input = {
    name = "${module.naming.prefix}-route"
  }
}
