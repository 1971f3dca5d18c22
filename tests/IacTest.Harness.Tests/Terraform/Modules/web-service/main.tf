resource "terraform_data" "service" {
  input = {
    name        = local.full_name
    environment = var.environment
    tags        = local.common_tags
  }
}

resource "terraform_data" "replica" {
  count = var.replicas

  input = {
    name  = "${local.full_name}-${count.index}"
    owner = terraform_data.service.id
  }
}

module "dns" {
  source = "./modules/dns-record"

  zone   = var.dns_zone
  name   = local.full_name
  target = terraform_data.service.id
}
