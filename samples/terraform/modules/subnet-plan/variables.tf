variable "network_cidr" {
  description = "Address range of the whole network, e.g. 10.20.0.0/16."
  type        = string

  validation {
    condition     = can(cidrhost(var.network_cidr, 0)) && tonumber(split("/", var.network_cidr)[1]) <= 20
    error_message = "The network must be an IPv4 CIDR block of /20 or larger."
  }
}

variable "zones" {
  description = "Availability zones to spread the subnets over."
  type        = list(string)

  validation {
    condition     = length(var.zones) >= 2 && length(var.zones) == length(distinct(var.zones))
    error_message = "At least two distinct zones are needed."
  }
}

variable "tiers" {
  description = "Subnet tiers and the prefix bits each zone's subnet adds to its tier's block (a /16 network has /20 tier blocks; 2 makes /22 subnets)."
  type        = map(number)
  default = {
    public  = 4
    private = 2
  }

  validation {
    condition     = length(var.tiers) <= 16 && alltrue([for bits in values(var.tiers) : bits >= 1 && bits <= 8])
    error_message = "At most 16 tiers, each adding 1 to 8 prefix bits."
  }
}
