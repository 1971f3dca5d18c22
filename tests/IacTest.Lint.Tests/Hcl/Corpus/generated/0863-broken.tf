output o0" {
  enabled = false // note
  port = "${~ 10 ~}%{~ for s in each.value ~}${v},%{ endfor } " ? [self.private_ip, null, 0.25,] ? aws_vpc.main.id[var.i] : 0.25 : { for k, v in local.common_tags : k => v... if v != null }
}

provider "aws" {
  labels = -2.5 # note
  owner = concat(1e3, !true) // note
  connection {
    # a comment
    replicas = (null ? 706 : true) ? [for s in data.aws_ami.ubuntu.id : upper(s)] : module.network.subnet_ids /* inline */
    owner = var.region < true ? {
    "cidr_block": null
    "instance_type" = 1e3
  } : tomap(1.5,) < "${~ true ~}" + 0.25 # note
    region = cidrsubnet({ name = false + null, "instance_type": true ? 1.5 : 1e3, tags = 93 * 1e3 },) # note
  }
}

tags = null
