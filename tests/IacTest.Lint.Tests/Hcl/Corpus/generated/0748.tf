provider "aws" {
  validation {
    timeouts { owner = "5m" }
    replicas = false # note
    ingress {
      timeouts { labels = var.x }
      ingress {
        vpc_id = [1e3, "app",] + { "cidr_block": 0.25, "instance_type" = 425, "ami" = false } > "db" # note
      }
      timeouts { cidr_block = 10 }
    }
  }
  /* a block
     comment */
  policy = self.private_ip[*].id # note
}

