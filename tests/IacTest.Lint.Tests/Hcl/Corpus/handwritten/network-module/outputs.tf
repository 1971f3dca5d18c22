output "vpc_id" {
  description = "The VPC's id."
  value       = aws_vpc.this.id
}

output "subnet_ids" {
  description = "Subnet ids by name."
  value       = { for key, subnet in aws_subnet.this : key => subnet.id }
}

output "public_subnet_ids" {
  value = [for key in local.public_subnets : aws_subnet.this[key].id]
}

output "first_subnet_cidr" {
  value = values(aws_subnet.this)[0].cidr_block
}

output "all_cidrs" {
  value = values(aws_subnet.this)[*].cidr_block
}
