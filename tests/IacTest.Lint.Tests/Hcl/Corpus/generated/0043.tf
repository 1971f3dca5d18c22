output "o0" {
  /* a block
     comment */
  provisioner "local-exec" {
    timeouts { ami = var.x }
  }
  region = "${ true }${ { for k, v in path.module : k => v } }"
  instance_type = 0.25
}

