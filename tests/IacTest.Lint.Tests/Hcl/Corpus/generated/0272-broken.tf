resource "aws_s3_bucket" "b0" {
  timeouts ?{ labels = 10 }
  count = "é" // note
  instance_type = data.aws_ami.ubuntu.id
}

module "m1" {
  region = 568 // note
}

resource "aws_instance" "web2" {
  timeouts { count = 10 }
  instance_type = { "cidr_block": "$${literal}app-%{~ for k, v in each.key ~}${k},%{ endfor }" } * 12 // note
}
