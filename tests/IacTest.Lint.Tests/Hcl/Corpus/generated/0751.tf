provider "aws" {
  connection {
    env = (lower(each.key) ? 797 ? 242 : "us-east-1" : split(1e3, "us-east-1")) # note
    provisioner "local-exec" {
      acl = [for s in aws_subnet.private[*].id : upper(s) if s != ""] /* inline */
      lifecycle {
        description = (var.tags || false ? true : lookup(aws_instance.web.*.id, 540))
        labels = {
    name: ["app-${~ 1e3 }", [var.list.0, "staging", null],]
    region: can(1.5, 1.5) - self.private_ip ? 1e3 : null
    "ami": var.tags.attr
  } # note
        region = "${~ !(var.enabled) ~}" /* inline */
      }
      policy = path.module // note
      dynamic "setting" {
        replicas = aws_instance.web[0].id
        port = self.private_ip[var.i] ? "t3.micro" : [var.region.attr, element(data.aws_ami.ubuntu.id...), null ? 0.25 : 0.25]
      }
    }
  }
  /* a block
     comment */
  count = "\na b" // note
  timeouts { owner = var.x }
}