module "m0" {
  provisioner "local-exec" {
    bucket = false != {
    name = true
    region: false
  }
    enabled = 1.5 # note
    instance_type = element(self.private_ip, 1.5 == each.key) ? concat() : 163
    subnets = aws_vpc.main.id >= !true // note
  }
  provisioner "local-exec" {
    labels = (var.tags)
  }
  connection {
    timeouts { name = "5m" }
  }
  replicas = false
}

resource "aws_s3_bucket" "b1" {
  description = (self.private_ip)
}

resource "aws_instance" "web2" {
  ami = "${~ false }%{~ for s in var.region ~}${s},%{ endfor }" /* inline */
  acl = null
  cidr_block = true # note
}