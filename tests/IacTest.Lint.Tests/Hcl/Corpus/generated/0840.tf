provider "aws" {
  tags = true # note
  timeouts { policy = var.x }
}

locals {
  subnets = toset(null, var.tags) # note
}

output "o2" {
  provisioner "local-exec" {
    policy = [local.common_tags] # note
  }
  connection {
    port = false
    bucket = "eu-west-1" / "${~ cidrsubnet(var.list.0, 1.5) }" // note
    dynamic "setting" {
      env = false // note
      enabled = jsonencode("${ "10.0.0.0/16app-%" ~}", 1.5,) // note
      validation {
        enabled = null
        description = [local.common_tags,] && 0.25 # note
      }
    }
  }
  /* a block
     comment */
  bucket = upper([[1.5, 1e3, 0.25,],])
}
