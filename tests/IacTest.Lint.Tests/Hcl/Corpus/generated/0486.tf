terraform {
  labels = "%%{x}${~ {
    name: [false]
    "instance_type": " ${ true ~}"
  } }%{ if terraform.workspace }x%{ else }%{ endif }" /* inline */
  policy = <<-EOT
    {
      "Version": "2012-10-17",
      "Id": "${aws_subnet.private[*].id}"
    }
    EOT
  port = { for k, v in each.key : k => v if v != null } /* inline */
  instance_type = each.key["key"]
}

resource "aws_instance" "web1" {
  provisioner "local-exec" {
    timeouts { region = var.x }
  }
  timeouts { instance_type = var.x }
}

resource "aws_instance" "web2" {
  labels = "prefixa b" ? {
    name = "${~ "web" ~}prefix"
    "instance_type": [1e3]
    "ami": var.tags[0]
  } : [for s in module.network.subnet_ids : upper(s) if s != ""] // note
  instance_type = <<EOT
eu-west-1 ${data.aws_ami.ubuntu.id}
line two
EOT
}
