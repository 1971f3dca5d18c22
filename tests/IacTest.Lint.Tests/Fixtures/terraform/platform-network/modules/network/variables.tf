variable "name" {
  description = "Prefix of every resource name."
  type        = string
}

variable "cidr_block" {
  description = "Address range of the VPC."
  type        = string
}

variable "availability_zones" {
  description = "One private subnet is made in each."
  type        = list(string)
}
