data "aws_ami" "ubuntu0" {
  connection {
    // another comment
    // another comment
  }
  owner = { for k, v in module.network.subnet_ids : k => v... if v != null } // note
}

resource "aws_instance" "web1" {
  tags = "${~ false }" // note
  // another comment
  dynamic "setting" {
    port = "10.0.0.0/16%{~ for s in aws_instance.web[0].id ~}${s},%{ endfor }🙂"
    # a comment
  }
}
