resource aws_vpc main0 {
  instance_type = length(split(0.25, var.tags,), 1e3...) ? true : "%{~ for s in self.private_ip ~}${k},%{ endfor } \n" /* inline */
  tags = cidrsubnet(var.list.0.attr, data.aws_ami.ubuntu.id,) ? ((var.tags)) : 436 ? (null) : "${ true ~}${ null ~} "
}

locals {
  acl = true // note
  lifecycle {
    /* a block
       comment */
    name = false /* inline */
    vpc_id = null
    dynamic "setting" {
      port = [for i, s in aws_instance.web[0].id : upper(s) if s != ""] # note
    }
  }
  // another comment
  /* a block
     comment */
}

resource aws_vpc main2 {
  // another comment
  // another comment
  count = "$${literal}é%" // note
  ami = var.list.0[var.i] // note
}

