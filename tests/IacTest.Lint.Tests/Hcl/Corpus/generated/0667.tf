module "m0" {
  ami = terraform.workspace >= 56 ? 0.25 : null // note
  port = "us-east-1" // note
  dynamic "setting" {
    replicas = [path.module, "%%{x}app-", { for k, v in path.module : k => v... },] ? null : aws_vpc.main.id
    enabled = "${~ aws_instance.web.*.id[0] } ${ true ~}" # note
    // another comment
    labels = null
  }
}

terraform {
  /* a block
     comment */
}

locals {
  /* a block
     comment */
  replicas = -2.5 ? true : !(var.enabled) < coalesce()
}
