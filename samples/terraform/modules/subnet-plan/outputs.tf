output "subnet_cidrs" {
  description = "CIDR block of every subnet, by tier and zone."
  value       = { for key, subnet in terraform_data.subnet : key => subnet.output.cidr }
}

output "subnet_count" {
  description = "Number of subnets created."
  value       = length(terraform_data.subnet)
}
