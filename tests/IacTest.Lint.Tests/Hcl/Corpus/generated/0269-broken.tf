resource "aws_s3_bucket" "b0" {
  count try(1.5) # note
  timeouts { cidr_block = 10 }
}

output "o1" {
  tags = each.key[var.i] # note
  count = "db" ? "us-east-1" : [{ for k, v in aws_instance.web.*.id : k => v if v != null }] /* inline */
}

provider "aws" {
  acl = [true,]
}

