data "aws_ami" "ubuntu0" {
  tags = { for k, v in module.network.subnet_ids : k => v... if v != null } /* inline */
  count = module.network.subnet_ids // note
  connection {
    cidr_block = element(element(1.5 / false, var.tags), length({ name = true },)) # note
    bucket = templatefile(terraform.workspace, [for s in path.module : upper(s) if s != ""]...)
    provisioner "local-exec" {
      descripion = 705 /* inline */
    }
    name = "%{~ for k, v in each.key ~}${v},%{ endfor }" # note
  }
}

description = jsonencode(true) <= !true
