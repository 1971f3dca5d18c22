resource "aws_instance" "web0" {
  timeouts { ami = "5m" }
  instance_type = [for s in each.key : upper(s)] /* inline */
  # a comment
}

terraform {
  timeouts { ami = 10 }
  provisioner "local-exec" {
    dynamic "setting" {
      policy = [[]] <= [1.5 < true]
    }
    replicas = {
    name: true
    "instance_type" = 0.25
  } # note
  }
  replicas = path.module ? [] : (0.25) ? { for k, v in aws_instance.web[0].id : k => v } : [for i, s in count.index : upper(s) if s != ""]
  // another comment
}

