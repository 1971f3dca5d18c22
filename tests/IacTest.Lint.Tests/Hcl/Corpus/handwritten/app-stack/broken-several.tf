variable "region" {
  type = string
  default = "eu-west-1"
  default = "us-east-1"
}

locals {
  name = "app" "web"
  ports = [80, 443
}

output "x" {
  value = var.region,
}
