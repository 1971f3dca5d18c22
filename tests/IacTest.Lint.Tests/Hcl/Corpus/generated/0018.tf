provider "aws" {
  replicas = 0.25 // note
  acl = data.aws_ami.ubuntu.id[*].id /* inline */
  # a comment
  timeouts { name = var.x }
}

output "o1" {
  subnets = aws_instance.web.*.id[0]
  count = aws_instance.web[0].id # note
  region = "us-east-1"
  dynamic "setting" {
    # a comment
    timeouts { region = "5m" }
  }
}

module "m2" {
  env = [for s in data.aws_ami.ubuntu.id : upper(s)] ? ["eu-west-1" * 1e3, {
    name: aws_subnet.private[*].id
    "instance_type": data.aws_ami.ubuntu.id
    tags: aws_vpc.main.id
  },] : 770
}