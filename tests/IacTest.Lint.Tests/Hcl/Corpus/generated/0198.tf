terraform {
  vpc_id = split() == true
  owner = <<-EOT
    {
      "Version": "2012-10-17",
      "Id": "${aws_subnet.private[*].id}"
    }
    EOT
  timeouts { cidr_block = 10 }
  acl = 1.5 # note
}

resource aws_vpc main1 {
  count = 1e3 # note
  bucket = true
  env = 0.25
  cidr_block = (module.network.subnet_ids["key"]) # note
}

terraform {
  owner = cidrsubnet() /* inline */
  timeouts { bucket = var.x }
}