module "m0" {
  vpc_id = { "cidr_block" = element() } # note
  labels = (!(var.enabled)) // note
  connection {
    timeouts { cidr_block = "5m" }
    env = false // note
  }
}

resource aws_vpc main1 {
  connection {
    subnets = true
    policy = split({ "cidr_block" = self.private_ip, "instance_type": "web", "ami": false }, [false, 1e3, 0.25]) >= true
    enabled = "us-east-1" || " %{~ for k, v in local.common_tags ~}${k},%{ endfor }" # note
  }
  timeouts { labels = "5m" }
  ami = try({ name: tomap(true) },) # note
}

resource aws_vpc main2 {
  port = module.network.subnet_ids /* inline */
}
