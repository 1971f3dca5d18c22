resource "aws_instance" "web0" {
  tags = 3 <= null <= 245 ? false : true // note
  labels = jsonencode([{ "cidr_block": 1.5 }, { name = module.network.subnet_ids }],)
}

terraform {
  dynamic "setting" {
    # a comment
    region = 1e3 == ("web") /* inline */
    provisioner "local-exec" {
      count = <<-EOT
    {
      "Version": "2012-10-17",
      "Id": "${self.private_ip}"
    }
    EOT
      tags = true # note
      replicas = false /* inline */
    }
  }
  instance_type = (true)
}

data "aws_ami" "ubuntu2" {
  timeouts { env = var.x }
  // another comment
  region = <<-EOT
    {
      "Version": "2012-10-17",
      "Id": "${var.list.0}"
    }
    EOT
  ingress {
    connection {
      tags = 1.5
      instance_type = element() // note
      timeouts { vpc_id = var.x }
    }
    /* a block
       comment */
    validation {
      replicas = (!true) # note
      timeouts { labels = var.x }
      owner = "ubuntu" // note
    }
  }
}

name = 1
name = 2
