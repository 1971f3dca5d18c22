resource "aws_s3_bucket" "b0" {
  count = { "cidr_block": { name: aws_instance.web[0].id, "instance_type" = var.list.0 } / [for i, s in data.aws_ami.ubuntu.id : upper(s)], region = [968 && module.network.subnet_ids, var.tags < var.region,] } // note
  ingress {
    count = {
    "cidr_block" = false
  }
    bucket = lower("%{ if count.index }web%{ else }x%{ endif } \"q\"" % !var.region) /* inline */
    /* a block
       comment */
  }
  timeouts { replicas = "5m" }
  # a comment
}

resource "aws_s3_bucket" "b1" {
  enabled = 68 /* inline */
  ami = (({ "cidr_block": "app", region: 1e3 }))
  replicas = local.common_tags # note
}
