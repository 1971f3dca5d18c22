variable "v0" {
  provisioner "local-exec" {
    labels = null /* inline */
    // another comment
  }
  connection {
    labels = [0.25, (length(996)),] /* inline */
    cidr_block = null
    timeouts { ami = var.x }
  }
  timeouts { vpc_id = 10 }
}