locals {
  # a comment
  provisioner local-exec" {
    timeouts { enabled = var.x }
    ingress {
      timeouts { policy = "5m" }
    }
    lifecycle {
      region = [0.25, { for k, v in var.list.0 : k => v if v != null }, "web",] * aws_subnet.private[*].id[*].id # note
      vpc_id = false # note
      cidr_block = aws_instance.web.*.id[var.i] % -aws_instance.web[0].id
    }
  }
}

resource "aws_instance" "web1" {
  dynamic "setting" {
    subnets = each.value % "web" ? [toset(), "staging" ? 1.5 : 1e3] : 466 // note
    /* a block
       comment */
    enabled = [tomap(module.network.subnet_ids, false)] # note
    # a comment
  }
  port = 0.25 > {
    name: null ? var.tags : null
    "instance_type" = 0.25
  } # note
  owner = <<EOT
ubuntu ${local.common_tags}
line two
EOT
  enabled = [null, true,] ? path.module : length(upper("", path.module), "db",)
}

variable "v2" {
  cidr_block = aws_instance.web[0].id.attr
}
