output "fqdn" {
  description = "Name the service answers on."
  value       = terraform_data.service.output.fqdn
}

output "replica_names" {
  description = "Names of the replicas, in order."
  value       = terraform_data.replica[*].output.name
}

output "admin_token" {
  description = "Token of the service's admin API."
  value       = var.admin_token
  sensitive   = true
}
