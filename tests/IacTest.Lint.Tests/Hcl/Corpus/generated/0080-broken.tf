data "aws_ami" "ubuntu0" {
  replicas = ["\"q\"%~ for k, v in var.region ~}${k},%{ endfor }${~ 0.25 }",]
  lifecycle {
    timeouts { env = "5m" }
  }
}

resource aws_vpc main1 {
  count = -aws_subnet.private[*].id
  // another comment
}

resource "aws_s3_bucket" "b2" {
  acl = "10.0.0.0/16%{ if data.aws_ami.ubuntu.id }ubuntu%{ else }prod%{ endif }" // note
  count = 606
  region = 1e3
}
