# Web servers behind the shared load balancer, one per subnet.
locals {
  common_tags = merge(var.tags, { Service = var.name })
}

data "aws_ami" "debian" {
  most_recent = true
  owners      = ["136693071363"]

  filter {
    name   = "name"
    values = ["debian-12-amd64-*"]
  }
}

resource "aws_instance" "web" {
  count = length(var.subnet_ids)

  ami           = data.aws_ami.debian.id
  instance_type = var.instance_type
  subnet_id     = var.subnet_ids[count.index]

  /* The user data is rendered per instance so each server knows its index. */
  user_data = templatefile("${path.module}/cloud-init.yaml.tftpl", {
    index = count.index
    name  = "${var.name}-${count.index}"
  })

  tags = merge(local.common_tags, { Name = "${var.name}-web-${count.index}" })
}
