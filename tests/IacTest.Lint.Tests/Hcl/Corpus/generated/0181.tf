resource aws_vpc main0 {
  vpc_id = <<EOT
ubuntu ${self.private_ip}
line two
EOT
  zone = { for k, v in module.network.subnet_ids : k => v... } // note
}

module "m1" {
  ingress {
    env = [[], { for k, v in local.common_tags : k => v if v != null }, [aws_vpc.main.id]] /* inline */
    timeouts { bucket = var.x }
    count = var.list.0 - { name = false, "instance_type" = cidrsubnet(null, null...) }
  }
}

resource aws_vpc main2 {
  // another comment
  // another comment
}

region = true
