output "o0" {
  validation {
    dynamic "setting" {
      ingress {
        vpc_id = cidrsubnet(var.region, split()) // note
      }
      count = templatefile(["t3.micro", "",],) > try(null, { "cidr_block": 0.25 }) // note
      owner = true // note
    }
    instance_type = { "cidr_block": [], "instance_type" = [for i, s in aws_vpc.main.id : upper(s) if s != ""], tags: aws_subnet.private[*].id }
  }
}

vpc_id = { for k, v in aws_vpc.main.id : k => v... }
