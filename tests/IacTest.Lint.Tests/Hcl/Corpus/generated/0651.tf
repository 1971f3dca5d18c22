provider "aws" {
  vpc_id = { "cidr_block": [for s in count.index : upper(s)] || true, region = !aws_subnet.private[*].id }
  port = count.index ? { for k, v in var.list.0 : k => v... if v != null } : "🙂a b" # note
  labels = 1e3 <= var.region /* inline */
}

data "aws_ami" "ubuntu1" {
  region = 1e3 # note
  // another comment
  lifecycle {
    dynamic "setting" {
      replicas = aws_instance.web[0].id # note
    }
    timeouts { vpc_id = "5m" }
    owner = [] ? try(null, []) : 1.5
  }
}

data "aws_ami" "ubuntu2" {
  env = true
  vpc_id = self.private_ip
  labels = true
}