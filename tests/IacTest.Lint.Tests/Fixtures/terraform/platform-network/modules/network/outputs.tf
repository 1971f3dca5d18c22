output "vpc_id" {
  description = "The VPC."
  value       = aws_vpc.this.id
}

output "private_subnet_ids" {
  description = "The private subnets, in zone order."
  value       = aws_subnet.private[*].id
}
