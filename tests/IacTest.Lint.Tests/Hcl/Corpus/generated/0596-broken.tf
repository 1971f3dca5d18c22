module "m0" {
  connection {
    env = 935
    timeouts { cidr_block = var.x }
    provisioner "local-exec" {
      env = "prefix" /* inline */
      t?imeouts { region = "5m" }
    }
  }
}
