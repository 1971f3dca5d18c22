resource "aws_s3_bucket" "b0" {
  bucket = null # note
}

resource aws_vpc main1 {
  ami = self.private_ip["key"]
  timeouts { name = var.x }
}

module "m2" {
  # a comment
  instance_type = ["%{ if count.index }us-east-1%{ else }%{ endif }" > { name: 0.25, region: 1.5 },]
}

subnets = "app" ? " " : ""
