variable "name" {
  description = "Name prefix of every resource of the service."
  type        = string
}

variable "instance_type" {
  description = "EC2 instance type of the web servers."
  type        = string
  default     = "t3.small"
}

variable "subnet_ids" {
  description = "Private subnets the servers are spread over."
  type        = list(string)

  validation {
    condition     = length(var.subnet_ids) > 0
    error_message = "At least one subnet is needed."
  }
}

variable "tags" {
  description = "Tags added to every resource."
  type        = map(string)
  default     = {}
}
