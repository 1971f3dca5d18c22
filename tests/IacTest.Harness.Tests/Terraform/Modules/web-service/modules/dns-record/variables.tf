variable "zone" {
  description = "DNS zone."
  type        = string
}

variable "name" {
  description = "Record name inside the zone."
  type        = string
}

variable "target" {
  description = "What the record points to."
  type        = string
}
