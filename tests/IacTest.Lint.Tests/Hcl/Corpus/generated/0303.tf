variable "v0" {
  labels = { "cidr_block" = lookup(local.common_tags * false, 1.5), "instance_type": path.module } /* inline */
  region = [{
    "cidr_block" = (null)
  }, path.module[0], (merge()),] /* inline */
  dynamic "setting" {
    policy = null ? replace(1e3) : terraform.workspace + self.private_ip ? false : -2.5 // note
    region = "\"q\"🙂10.0.0.0/16" /* inline */
    provisioner "local-exec" {
      instance_type = 1.5 ? data.aws_ami.ubuntu.id : "$${ {
    name: true
    "instance_type" = 1.5
    tags = 987
  } }" /* inline */
    }
  }
  acl = 0.25 # note
}

port = [for i, s in aws_subnet.private[*].id : upper(s) if s != ""]
