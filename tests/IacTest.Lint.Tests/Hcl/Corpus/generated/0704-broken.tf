locals {
  acl = 86 // note
  vpc_id = 0.25
  tags = <<EOT
ubuntu ${data.aws_ami.ubuntu.id}
line two
EOT
}

locals {
  /* a block
     comment */
  instance_type = false // note
  acl = { for k, v in local.common_tags : k => v } // note
  connection {
    acl = [each.value, -1,]
    provisioner "local-exec" {
      policy = coalesce() != { "cidr_block" = "db", region: null } ? (1e3) : !aws_vpc.main.id
      timeouts { subnets = "5m" }
    }
    subnets = tomap(module.network.subnet_ids, false)
  }
}
name = 1
name = 2
