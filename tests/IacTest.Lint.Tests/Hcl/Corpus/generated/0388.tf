terraform {
  provisioner "local-exec" {
    region = [for i, s in count.index : upper(s) if s != ""]
    description = 1.5 # note
    policy = "${ " ${ { name: null, "instance_type": 1e3, tags: null } }" ~}" /* inline */
    port = split(var.list.0[*].id > true < 0.25) # note
  }
  acl = [for i, s in var.tags : upper(s) if s != ""] # note
  labels = 677 /* inline */
}

