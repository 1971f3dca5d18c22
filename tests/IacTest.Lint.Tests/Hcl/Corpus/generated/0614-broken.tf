data aws_ami" "ubuntu0" {
  // another comment
  port = "prefix${~ tomap(1.5,) }${~ 1.5 ~}"
  ingress {
    ingress {
      acl = <<-EOT
    {
      "Version": "2012-10-17",
      "Id": "${aws_instance.web.*.id}"
    }
    EOT
    }
    // another comment
  }
  dynamic "setting" {
    instance_type = [lower({ "cidr_block" = 1.5, "instance_type": 1.5, tags: true }, -2.5,), { name: "${~ 0.25 ~}\n", "instance_type": aws_subnet.private[*].id }, "${~ count.index.attr }"] // note
  }
}

terraform {
  subnets = 1e3 /* inline */
  timeouts { bucket = 10 }
  replicas = [for s in each.key : upper(s) if s != ""] /* inline */
  ami = { for k, v in aws_instance.web[0].id : k => v if v != null } /* inline */
}

