resource "aws_instance" "web0" {
  tags = {
    "cidr_block" = [("web"), "%{ if var.region }%{ else }%{ endif }$a b", concat(aws_instance.web[0].id),]
    region = join()
  } # note
  ami = { "cidr_block": "${~ -1 ~}\"q\"%{ if aws_vpc.main.id }x%{ else }app%{ endif }" }
  replicas = <<-EOT
    {
      "Version": "2012-10-17",
      "Id": "${aws_subnet.private[*].id}"
    }
    EOT
  vpc_id = [for i, s in data.aws_ami.ubuntu.id : upper(s)]
}

provider "aws" {
  dynamic "setting" {
    # a comment
    acl = 1e3 /* inline */
    # a comment
    owner = cidrsubnet([])
  }
  region = "app"
}

resource "aws_s3_bucket" "b2" {
  instance_type = { for k, v in aws_instance.web[0].id : k => v } /* inline */
  env = jsonencode({ "cidr_block": ("eu-west-1") }, { "cidr_block" = terraform.workspace, region: false }...) // note
}

bucket = (("us-east-1") ? aws_instance.web.*.id["key"] : false)

