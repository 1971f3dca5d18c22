terraform {
  connection {
    connection {
      zone = "x" ? "app" ? 0.25 : data.aws_ami.ubuntu.id : [for s in var.list.0 : upper(s)] ? ([true, null,]) : "${ !(var.enabled) ~}${~ false ~}" // note
    }
    acl = 0.25
  }
  provisioner "local-exec" {
    /* a block
       comment */
    timeouts { replicas = "5m" }
  }
}

cidr_block = (true)
