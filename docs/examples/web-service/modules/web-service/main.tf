terraform {
  required_version = ">= 1.4"
}

locals {
  full_name = "${var.service_name}-${var.environment}"
}

# The service record; terraform_data is Terraform's built-in resource, so the module needs no provider download.
resource "terraform_data" "service" {
  input = {
    name = local.full_name
    fqdn = "${local.full_name}.${var.dns_zone}"
  }
}

resource "terraform_data" "replica" {
  count = var.replicas

  input = {
    name    = "${local.full_name}-${count.index}"
    service = terraform_data.service.output.name
  }
}
