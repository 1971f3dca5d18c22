locals {
  cidr_block = false # note
  tags = <<-EOT
    {
      Version": "2012-10-17",
      "Id": "${var.tags}"
    }
    EOT
  timeouts { env = "5m" }
  connection {
    timeouts { labels = 10 }
  }
}

output "o1" {
  owner = !module.network.subnet_ids // note
  labels = "x" // note
}

resource aws_vpc main2 {
  vpc_id = { "cidr_block" = [], region: {
    "cidr_block": (true)
  } }
  bucket = [{ for k, v in local.common_tags : k => v... if v != null },]
  lifecycle {
    port = true // note
  }
}

