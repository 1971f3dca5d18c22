variable "environment" {
  description = "Deployment stage, used in names and tags."
  type        = string
}

variable "vpc_cidr" {
  description = "Address range of the VPC."
  type        = string
}

variable "availability_zones" {
  description = "Zones the private subnets are spread over."
  type        = list(string)
}

# Left from when private subnets went out through a NAT gateway; the endpoints replaced it.
variable "nat_gateway_count" {
  description = "NAT gateways per stage."
  type        = number
  default     = 1
}

variable "primary_zone" {
  description = "Zone of the interface endpoints; it gets the first address block."
  type        = string
  default     = "eu-west-1a"
}
