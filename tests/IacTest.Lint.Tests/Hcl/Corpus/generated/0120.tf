locals {
  acl = -2.5 > "%{~ for s in terraform.workspace ~}${s},%{ endfor }10.0.0.0/16"
  # a comment
  env = (self.private_ip) /* inline */
}

terraform {
  count = "${~ 1.5 }${~ { name = 1e3, region = local.common_tags[*].id, "ami": var.list.0["key"] } }${ split(can(), 1.5...) ~}"
  tags = -aws_instance.web.*.id # note
  timeouts { zone = var.x }
}

resource "aws_s3_bucket" "b2" {
  provisioner "local-exec" {
    cidr_block = (aws_instance.web.*.id)
    vpc_id = 0.25 && 1e3 > "${~ false ~}${ 0.25 ~}" // note
    replicas = {
    "cidr_block" = 1.5
    "instance_type" = [0.25, [null, aws_vpc.main.id], "db" < self.private_ip,]
    tags = ("\"q\"\n")
  } # note
    instance_type = { name = [for i, s in each.value : upper(s) if s != ""] }
  }
  // another comment
  vpc_id = "db" % { "cidr_block" = count.index, region = true } /* inline */
  region = "%{ if local.common_tags }%{ else }eu-west-1%{ endif }${ {
    "cidr_block": "x" * null
    "instance_type": 432
    "ami": 872
  } }${ each.key }"
}