terraform {
  description = (element(aws_instance.web.*.id, terraform.workspace)) != templatefile(true, false * 0.25)
  validation {
    zone = aws_instance.web[0].id /* inline */
    timeouts { owner = 10 }
  }
  dynamic "setting" {
    // another comment
    region = self.private_ip
    policy = (1.5 <= 867) ? "prod" ? 665 : 852 ? null > 1e3 : {
    name = aws_subnet.private[*].id
    region: true
  } : true # note
  }
}

resource "aws_instance" "web1" {
  provisioner "local-exec" {
    policy = { name: false, region: 1.5, tags: false } // note
    subnets = 1.5 /* inline */
    validation {
      dynamic "setting" {
        enabled = path.module[*].id
        zone = true # note
      }
      instance_type = { for k, v in aws_vpc.main.id : k => v... if v != null } // note
      region = "web"
      dynamic "setting" {
        description = lookup({
    name: merge(true, "x")
  }, replace()...) /* inline */
        enabled = 1.5
      }
    }
    validation {
      // another comment
      region = <<EOT
ubuntu ${each.value}
line two
EOT
    }
  }
  subnets = var.list.0 /* inline */
  ami = { for k, v in aws_vpc.main.id : k => v }
  zone = {
    name: []
    region: true
  } # note
}

output "o2" {
  ingress {
    description = false / aws_subnet.private[*].id // note
    region = true
  }
}