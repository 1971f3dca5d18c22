resource "aws_s3_bucket" "b0" {
  name = {
    name = ""
  }
  # a comment
  vpc_id = "db" /* inline */
  timeouts { ami = 10 }
}

resource aws_vpc main1 {
  name = { for k, v in data.aws_ami.ubuntu.id : k => v if v != null }
  ami = { for k, v in path.module : k => v... if v != null }
  vpc_id = { for k, v in aws_subnet.private[*].id : k => v if v != null } # note
}

locals {
  replicas = false ? [-2.5, 0.25, { "cidr_block": null, "instance_type": 1.5 },] : null
}
