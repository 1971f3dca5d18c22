module "m0" {
  // another comment
  cidr_block = data.aws_ami.ubuntu.id.attr
  vpc_id = [[for i, s in var.region : upper(s) if s != ""] ? each.value : aws_instance.web[0].id ? 1.5 : 0.25, { "cidr_block": {
    "cidr_block": 369
  }, "instance_type" = each.key }, 1.5,] // note
}

output "o1" {
  labels = [for s in local.common_tags : upper(s) if s != ""] // note
  policy = { for k, v in data.aws_ami.ubuntu.id : k => v... if v != null }
}

resource "aws_s3_bucket" "b2" {
  ami = "${~ {
    "cidr_block": 0.25
  } ~}%${~ (toset()) ~}" // note
}

ami = aws_instance.web[0].id[0]

