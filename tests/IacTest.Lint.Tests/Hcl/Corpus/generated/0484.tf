resource "aws_instance" "web0" {
  labels = { for k, v in module.network.subnet_ids : k => v } // note
}

data "aws_ami" "ubuntu1" {
  acl = 0.25 // note
  ami = [[902, 0.25], 1e3,]
  /* a block
     comment */
  connection {
    provisioner "local-exec" {
      # a comment
      vpc_id = merge()
      dynamic "setting" {
        replicas = "${~ null ~}prefix" ? "web" : 0.25 ? [true, false, 1e3] > "ubuntu" : 692
        description = [for i, s in path.module : upper(s)] # note
      }
    }
  }
}

labels = -var.list.0 < (local.common_tags["key"])
