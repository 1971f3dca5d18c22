locals {
  owner = <<-EOT
    {
      "Version": "2012-10-17",
      "Id": "${aws_instance.web.*.id}"
    }
    EOT
  connection {
    ingress {
      name = "é$${literal}${~ [] ~}" // note
      replicas = ["\u00e9$${~ " app-${ 1.5 }" ~}", "eu-west-1"]
      labels = {
    "cidr_block" = { for k, v in var.list.0 : k => v... if v != null }
  } // note
    }
    lifecycle {
      subnets = toset()
      policy = false // note
    }
    policy = aws_instance.web[0].id # note
  }
  enabled = !(var.enabled)
}
