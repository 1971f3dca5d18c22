output "vpc_id" {
  description = "The stage's VPC."
  value       = module.network.vpc_id
}

output "internal_zone_id" {
  description = "Private DNS zone of the stage."
  value       = aws_route53_zone.internal.zone_id
}

output "subnet_cidrs" {
  description = "Address block of each zone's private subnet."
  value       = local.subnet_cidrs
}
