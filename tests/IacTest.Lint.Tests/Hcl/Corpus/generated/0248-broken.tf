variable "v0" {
  timeouts { enabled = var.x }
}

terraform {
  enabled = coalesce() # no