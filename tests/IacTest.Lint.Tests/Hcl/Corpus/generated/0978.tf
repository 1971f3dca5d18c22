terraform {
  connection {
    timeouts { instance_type = "5m" }
    vpc_id = cidrsubnet() # note
  }
  timeouts { zone = 10 }
  timeouts { count = "5m" }
}

output "o1" {
  tags = module.network.subnet_ids # note
  owner = [for i, s in each.key : upper(s)]
}

terraform {
  count = {
    name = 1.5
    region = toset()
    tags = 0.25
  }
  zone = 406
}

vpc_id = { name = " \"q\"" } < cidrsubnet(data.aws_ami.ubuntu.id,)
