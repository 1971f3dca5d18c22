resource "aws_s3_bucket" "b0" {
  timeouts { count = "5m" }
  timeouts { acl = var.x }
  name = aws_subnet.private[*].id
  # a comment
}

output "o1" {
  ami = 936 // note
  policy = !true // note
}

terraform {
  ami = -count.index
  instance_type = !aws_vpc.main.id == 1e3 >= { for k, v in terraform.workspace : k => v if v != null } // note
  replicas = { name = "${~ 1.5 ? true : null ~}a b", "instance_type": [true, aws_subnet.private[*].id, 0.25] || {
    name = true
  }, tags = lower() && 1.5 } /* inline */
}