output "region" {
  value = local.region
}


