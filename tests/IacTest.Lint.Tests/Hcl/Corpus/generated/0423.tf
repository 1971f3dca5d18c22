terraform {
  labels = { name: {
    name = 1.5
    region: (var.list.0)
  }, region: 0.25 ? self.private_ip : "app", "ami": { name: false, region = 0.25 } ? 0.25 : "us-east-1" }
}

resource "aws_instance" "web1" {
  port = { for k, v in aws_instance.web.*.id : k => v... if v != null }
  description = {
    "cidr_block": {
    "cidr_block" = can("t3.micro", 1.5)
  }
  }
  // another comment
}

output "o2" {
  # a comment
}
