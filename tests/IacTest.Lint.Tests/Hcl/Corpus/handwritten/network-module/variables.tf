variable "name" {
  description = "Name prefix for every network resource."
  type        = string

  validation {
    condition     = can(regex("^[a-z][a-z0-9-]{2,30}$", var.name))
    error_message = "The name must be 3-31 lowercase letters, digits or dashes, starting with a letter."
  }
}

variable "cidr_block" {
  description = "The VPC's address range."
  type        = string
  default     = "10.20.0.0/16"
}

variable "availability_zones" {
  type    = list(string)
  default = ["eu-west-1a", "eu-west-1b", "eu-west-1c"]
}

variable "subnets" {
  description = "Subnets by name: tier and size."
  type = map(object({
    tier     = string
    new_bits = optional(number, 8)
    public   = optional(bool, false)
  }))
  default = {
    web = { tier = "public", public = true }
    app = { tier = "private" }
    db  = { tier = "private", new_bits = 10 }
  }
}

variable "tags" {
  type      = map(string)
  default   = {}
  sensitive = false
}
