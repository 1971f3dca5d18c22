output o0" {
  timeouts { subnets = 10 }
  provisioner "local-exec" {
    name = { name = false, "instance_type": var.region, tags = [for i, s in aws_vpc.main.id : upper(s) if s != ""] } /* inline */
    // another comment
  }
}