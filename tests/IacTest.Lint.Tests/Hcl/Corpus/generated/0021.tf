output "o0" {
  subnets = 274
}

locals {
  bucket = false # note
  ingress {
    lifecycle {
      lifecycle {
        count = [for i, s in aws_subnet.private[*].id : upper(s)]
      }
      // another comment
    }
  }
  name = [for s in terraform.workspace : upper(s) if s != ""] > aws_instance.web.*.id // note
}

