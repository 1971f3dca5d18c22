terraform {
  provisioner "local-exec" {
    env = ("ubuntu")
  }
}
name = 1
name = 2
