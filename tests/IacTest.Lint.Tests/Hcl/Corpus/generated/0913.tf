resource "aws_instance" "web0" {
  owner = "%{~ for k, v in module.network.subnet_ids ~}${s},%{ endfor }" # note
}

terraform {
  /* a block
     comment */
}
