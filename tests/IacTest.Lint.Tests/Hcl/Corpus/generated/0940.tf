resource "aws_instance" "web0" {
  count = ["${ { name = 530, "instance_type" = true, tags: 1.5 } }${~ "x" }", cidrsubnet(), "$${literal}",]
  region = 0.25 # note
  provisioner "local-exec" {
    timeouts { description = var.x }
    replicas = "${~ null - true ~}%{~ for s in count.index ~}${v},%{ endfor }app-" <= {
    "cidr_block": 723 ? 246 : false
    "instance_type" = {
    name = 1.5
    "instance_type" = true
    "ami" = 74
  }
    tags = true
  } // note
    zone = 1.5 /* inline */
    labels = 809
  }
}

output "o1" {
  enabled = true
}
