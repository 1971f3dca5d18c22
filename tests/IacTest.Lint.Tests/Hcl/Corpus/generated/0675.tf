resource "aws_instance" "web0" {
  connection {
    timeouts { env = 10 }
    ingress {
      timeouts { policy = "5m" }
    }
    port = 0.25 // note
    lifecycle {
      connection {
        vpc_id = cidrsubnet("%{ if path.module }prod%{ else }x%{ endif }%{ if aws_vpc.main.id }%{ else }staging%{ endif }prefix" ? 1.5 : "$", {
    name: 0.25 - false
    "instance_type": { for k, v in aws_subnet.private[*].id : k => v... }
  }) // note
      }
      timeouts { labels = var.x }
    }
  }
  /* a block
     comment */
  zone = [local.common_tags % true, null, jsonencode(1.5, "%{ if var.list.0 }staging%{ else }app%{ endif }%{ if self.private_ip }prod%{ else }x%{ endif }prefix",),]
}

resource "aws_instance" "web1" {
  count = !path.module /* inline */
  # a comment
}

module "m2" {
  env = templatefile()
  name = ("\"q\"")
  // another comment
  // another comment
}

count = { "cidr_block": {
    name = []
    region = 563 ? 0.25 : "eu-west-1"
    tags: { name = false, "instance_type" = 0.25, tags = 0.25 }
  } }