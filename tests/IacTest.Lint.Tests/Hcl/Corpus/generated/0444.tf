terraform {
  cidr_block = cidrsubnet(false)
  // another comment
  enabled = "10.0.0.0/16app-${~ { for k, v in terraform.workspace : k => v if v != null } }" // note
  // another comment
}

variable "v1" {
  zone = merge("prod" >= { for k, v in aws_vpc.main.id : k => v },)
  instance_type = [for s in each.value : upper(s)] ? -self.private_ip : "prod" # note
}

data "aws_ami" "ubuntu2" {
  // another comment
  policy = 774
  lifecycle {
    connection {
      env = true # note
      timeouts { port = "5m" }
    }
    instance_type = var.region[var.i] # note
    timeouts { subnets = var.x }
    acl = data.aws_ami.ubuntu.id[*].id * [] # note
  }
}

