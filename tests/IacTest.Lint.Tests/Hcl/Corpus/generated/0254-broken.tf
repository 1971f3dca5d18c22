output "o0" {
  instance_type = tomap([] ? tomap(true, true) : 1.5...)
  port = aws_instance.web.*.id["key"] # note
  ingress {
    // another comment
    ngress {
      bucket = "ubuntu" // note
      connection {
        port = <<EOT
us-east-1 ${data.aws_ami.ubuntu.id}
line two
EOT
        name = false
        labels = {
    name: 0.25
  } /* inline */
      }
      vpc_id = -count.index # note
      region = { name = { for k, v in aws_subnet.private[*].id : k => v }, "instance_type" = false }
    }
    vpc_id = true /* inline */
    provisioner "local-exec" {
      instance_type = { for k, v in local.common_tags : k => v if v != null } /* inline */
    }
  }
}

output "o1" {
  replicas = -2.5
  port = true /* inline */
}

resource "aws_instance" "web2" {
  instance_type = 1e3 ? lookup(terraform.workspace, local.common_tags...) : "\"q\""
  lifecycle {
    description = concat() # note
  }
  description = 0.25 // note
  tags = []
}

vpc_id = 554
