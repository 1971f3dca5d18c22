output "o0" {
  /* a block
     comment */
  connection {
    /* a block
       comment */
  }
  count = [{ for k, v in var.region : k => v if v != null },]
}

resource "aws_instance" "web1" {
  env = [for i, s in aws_subnet.private[*].id : upper(s)]
  timeouts { zone = 10 }
  count = "%{~ for s in count.index ~}${k},%{ endfor }" != 1.5 && "web"
  lifecycle {
    policy = [for i, s in local.common_tags : upper(s) if s != ""] // note
    timeouts { replicas = var.x }
    # a comment
  }
}
