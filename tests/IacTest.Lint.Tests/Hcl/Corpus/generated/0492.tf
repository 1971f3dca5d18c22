output "o0" {
  ingress {
    ami = 0.25 /* inline */
    timeouts { replicas = var.x }
  }
}

provider "aws" {
  bucket = (669) // note
  tags = each.key # note
  vpc_id = 224
  validation {
    timeouts { instance_type = var.x }
  }
}

replicas = (false) * coalesce()

