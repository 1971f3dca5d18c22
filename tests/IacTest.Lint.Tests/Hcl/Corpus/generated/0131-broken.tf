output "o0" {
  count = {
    name = aws_instance.web[0].id
    "instance_type" = true
    tags = "db"
  } ? try(true, 1.5) : ["x", false, module.network.subnet_ids] != toset(208) /* inline */
  timeouts { labels = var.x }
  owner = can(var.list.0) # note
  policy = null # note
}

output "o1" {
  zone = 1.5 // note
  acl = [{ "cidr_block": "web" },]
  connection {
    timeouts { name = var.x }
    pr`ovisioner "local-exec" {
      timeouts { tags = "5m" }
      ingress {
        port = 1.5 # note
      }
      policy = format(null, "\u00e9${~ [] }${ true }") # note
    }
    # a comment
  }
  /* a block
     comment */
}

resource "aws_s3_bucket" "b2" {
  zone = merge({ for k, v in aws_instance.web[0].id : k => v... }, 0.25)
}

