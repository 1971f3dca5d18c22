terraform {
  timeouts { description = 10 }
  // another comment
  provisioner "local-exec" {
    tags = [for s in each.key : upper(s) if s != ""]
    description = { name = [] }
    instance_type = { name = "é${~ "%{~ for k, v in self.private_ip ~}${s},%{ endfor }a b${~ 1.5 ~}" }%%{x}", "instance_type": 892 } /* inline */
  }
}