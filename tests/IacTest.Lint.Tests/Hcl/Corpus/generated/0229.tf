resource "aws_instance" "web0" {
  count = "app-" /* inline */
  port = [false] /* inline */
}

module "m1" {
  vpc_id = { for k, v in aws_subnet.private[*].id : k => v... }
  dynamic "setting" {
    /* a block
       comment */
    connection {
      /* a block
         comment */
    }
  }
}

variable "v2" {
  connection {
    replicas = each.value["key"] // note
    policy = "$${literal}"
    timeouts { zone = "5m" }
    ingress {
      env = try(self.private_ip[var.i] % 1e3 ? 1e3 : 9, "%{ if path.module }t3.micro%{ else }eu-west-1%{ endif }") # note
      connection {
        region = { for k, v in aws_subnet.private[*].id : k => v } # note
        vpc_id = [for i, s in aws_instance.web.*.id : upper(s)] /* inline */
      }
      dynamic "setting" {
        description = "%{~ for k, v in aws_vpc.main.id ~}${k},%{ endfor }%%{x}" * [aws_subnet.private[*].id] // note
        region = true # note
        count = true
        zone = !aws_instance.web.*.id # note
      }
    }
  }
  # a comment
  owner = [for s in aws_instance.web[0].id : upper(s)] # note
}
