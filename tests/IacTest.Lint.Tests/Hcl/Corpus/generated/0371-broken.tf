resource "aws_instance" "web0" {
  /* a block
     comment */
  timeouts { count = "5m" }
}

resource "aws_s3_bucket" "b1" {
  labels = 1e3 // note
  description = ("staging") /* inline */
  provisioner "local-exec" {
    policy = null # note
    provisioner "local-exec" {
      subnets = [for s in var.region : upper(s)] /* inline */
      instance_type = tomap([for s in data.aws_ami.ubuntu.id : upper(s)], { for k, v in each.key : k => v if v != null }...)
      owner = { for k, v in data.aws_ami.ubuntu.id : k => v } # note
    }
    ingress {
      tags = null // note
      port = false
    }
    replicas = 1e3 // note
  }
  policy = { "cidr_block" = !(var.enabled) - [], region: 826 }
}


name = 1
name = 2
