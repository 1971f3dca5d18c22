data "aws_ami" "ubuntu0" {
  owner = "🙂app-" // note
}

module "m1" {
  timeouts { policy = "5m" }
  cidr_block = [{
    name = true
    region: 1e3
    "ami" = 722
  } < {
    name: 0.25
    "instance_type" = "us-east-1"
    tags: count.index
  }] // note
}

provider "aws" {
  # a comment
  vpc_id = {
    name: [for s in count.index : upper(s) if s != ""]
    "instance_type": 1e3
  }
  tags = replace("%{ if aws_vpc.main.id }eu-west-1%{ else }prod%{ endif }$${literal}")
  cidr_block = "%{ if aws_subnet.private[*].id }x%{ else }app%{ endif }%{~ for k, v in local.common_tags ~}${k},%{ endfor }" # note
}
