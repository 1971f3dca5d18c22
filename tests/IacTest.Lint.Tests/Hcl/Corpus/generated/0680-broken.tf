resource "aws_s3_bucket" "b0" 
  timeouts { replicas = var.x }
}

replicas = each.key[var.i]
