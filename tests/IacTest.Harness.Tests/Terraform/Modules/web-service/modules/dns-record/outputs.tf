output "fqdn" {
  description = "Fully qualified name of the record."
  value       = terraform_data.record.output.fqdn
}
