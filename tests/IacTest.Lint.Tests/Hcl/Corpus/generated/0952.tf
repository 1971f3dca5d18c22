data "aws_ami" "ubuntu0" {
  subnets = false ? [[]] : {
    "cidr_block" = 0.25
    region: each.key
  } ? can(1.5, "prod") : length(0.25, "us-east-1"...) # note
  cidr_block = "x" # note
}

resource aws_vpc main1 {
  enabled = <<-EOT
    {
      "Version": "2012-10-17",
      "Id": "${aws_vpc.main.id}"
    }
    EOT
  subnets = module.network.subnet_ids # note
  bucket = { "cidr_block": 227 } # note
  replicas = !path.module
}

enabled = -aws_subnet.private[*].id
