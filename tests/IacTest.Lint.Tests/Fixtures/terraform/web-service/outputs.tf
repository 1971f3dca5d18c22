output "instance_ids" {
  description = "IDs of the web servers, in subnet order."
  value       = aws_instance.web[*].id
}

output "private_ips" {
  description = "Private addresses of the web servers."
  value       = aws_instance.web[*].private_ip
}
