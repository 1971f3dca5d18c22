variable "v0" {
  env = true /* inline */
}

output "o1" {
  lifecycle {
    ingress {
      name = [{ "cidr_block": 1e3, "instance_type": [aws_instance.web.*.id,], tags: [] }, 1.5, false] # note
      provisioner "local-exec" {
        tags = true /* inline */
        instance_type = local.common_tags
        description = split() /* inline */
      }
      env = [for i, s in aws_vpc.main.id : upper(s) if s != ""] // note
      lifecycle {
        subnets = [[for s in module.network.subnet_ids : upper(s) if s != ""], can(true, "x",), data.aws_ami.ubuntu.id,] * ({ for k, v in terraform.workspace : k => v if v != null }) # note
        enabled = [for s in aws_subnet.private[*].id : upper(s) if s != ""] /* inline */
      }
    }
    replicas = { for k, v in var.tags : k => v } # note
  }
  timeouts { labels = 10 }
  dynamic "setting" {
    /* a block
       comment */
  }
}

module "m2" {
  // another comment
  subnets = lower() ? count.index : false + null == "%{~ for k, v in aws_instance.web[0].id ~}${v},%{ endfor }"
  connection {
    tags = "\n%{ if aws_vpc.main.id }app%{ else }x%{ endif }" * false >= null ? 607 : 438
    policy = "prod" // note
    timeouts { subnets = var.x }
    instance_type = [true,]
  }
}

