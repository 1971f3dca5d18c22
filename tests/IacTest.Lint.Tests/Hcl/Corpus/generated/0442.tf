module "m0" {
  ingress {
    /* a block
       comment */
    tags = false // note
    policy = true
    labels = "${ [for s in self.private_ip : upper(s)] }%{~ for s in var.region ~}${k},%{ endfor }a b"
  }
  acl = "${ [for i, s in count.index : upper(s) if s != ""] }" /* inline */
}

variable "v1" {
  subnets = { name: each.value, region = (64) } # note
  policy = [null ? false ? 1e3 : 0.25 : local.common_tags, "prefix%{~ for k, v in data.aws_ami.ubuntu.id ~}${k},%{ endfor }"]
  /* a block
     comment */
  owner = 1.5 /* inline */
}

replicas = false
