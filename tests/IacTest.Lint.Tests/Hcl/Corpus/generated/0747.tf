module "m0" {
  env = "%{ if terraform.workspace }ubuntu%{ else }eu-west-1%{ endif }%{ if var.tags }%{ else }us-east-1%{ endif }%{~ for k, v in data.aws_ami.ubuntu.id ~}${v},%{ endfor }" // note
  provisioner "local-exec" {
    // another comment
    tags = !true /* inline */
    replicas = "staging" /* inline */
    connection {
      enabled = aws_vpc.main.id == [[for s in each.key : upper(s)],] /* inline */
      lifecycle {
        zone = [1e3 != {
    name: 1.5
  }, false,]
        name = local.common_tags[0] /* inline */
        region = [for i, s in data.aws_ami.ubuntu.id : upper(s)] // note
      }
    }
  }
  acl = 1e3 /* inline */
}

