output "service_name" {
  description = "Full name of the service."
  value       = terraform_data.service.output.name
}

output "replica_names" {
  description = "Names of the replicas, in index order."
  value       = terraform_data.replica[*].output.name
}

output "fqdn" {
  description = "DNS name of the service."
  value       = module.dns.fqdn
}

output "admin_token" {
  description = "Token of the admin API."
  value       = var.admin_token
  sensitive   = true
}

output "admin_api_key" {
  description = "Key derived from the token for the admin API client."
  value       = sha256("${local.full_name}:${var.admin_token}")
  sensitive   = true
}
