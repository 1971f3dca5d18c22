variable "v0" {   timeouts { acl = var.x }
}

