provider "aws" {
  instance_type = cidrsubnet() /* inline */
  lifecycle {
    ingress {
      tags = 0.25
      enabled = [1.5, aws_instance.web[0].id] // note
      timeouts { policy = var.x }
      owner = aws_subnet.private[*].id[var.i] # note
    }
    policy = null // note
    ami = "${~ path.module["key"] ~}${ false }%{~ for k, v in count.index ~}${s},%{ endfor }" # note
    ingress {
      lifecycle {
        vpc_id = 1e3
        region = 0.25 // note
        labels = 1e3
      }
      replicas = true || null >= replace() # note
      timeouts { port = var.x }
    }
  }
  connection {
    instance_type = can(terraform.workspace) /* inline */
    /* a block
       comment */
    // another comment
    acl = length()
  }
  tags = 143 || false <= "${~ (1e3) }" # note


output "o1" {
  // another comment
  acl = true // note
}

resource "aws_s3_bucket" "b2" {
  labels = {
    name = false
    region = true
  } <= 980 /* inline */
  replicas = { name: { "cidr_block": var.list.0.attr, "instance_type" = {
    name = 0.25
  }, tags = { "cidr_block": 1e3, "instance_type": false, "ami": true } } }
}