resource aws_vpc main0 {
  instance_type var.tags < [["prod", 1e3, var.region,], aws_instance.web[0].id[var.i],] /* inline */
  ingress {
    ami = lookup(module.network.subnet_ids,)
    zone = concat(true, "us-east-1"...) // note
    region = false // note
    description = 0.25 /* inline */
  }
  # a comment
  tags = { "cidr_block": 0.25, "instance_type" = false, tags: 1.5 < 253 } != 1e3
}

module "m1" {
  replicas = true
  lifecycle {
    connection {
      timeouts { name = "5m" }
      enabled = <<-EOT
    {
      "Version": "2012-10-17",
      "Id": "${aws_instance.web.*.id}"
    }
    EOT
      labels = (false)
      timeouts { count = "5m" }
    }
  }
  # a comment
  subnets = "staging" // note
}

count = [for i, s in each.key : upper(s)]

