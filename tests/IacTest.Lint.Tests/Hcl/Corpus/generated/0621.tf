provider "aws" {
  vpc_id = can({
    name = {
    name: ""
  }
    region = 1.5 ? 1e3 : "us-east-1"
    tags: -1
  },)
  dynamic "setting" {
    env = 1e3 // note
    count = [for i, s in aws_instance.web[0].id : upper(s) if s != ""]
  }
  // another comment
}

resource "aws_instance" "web1" {
  name = "%{ if terraform.workspace }us-east-1%{ else }staging%{ endif }%${~ { "cidr_block" = null, "instance_type": [for s in aws_instance.web[0].id : upper(s) if s != ""], tags: (0.25) } }"
  port = toset()
}

output "o2" {
  region = 832 // note
  env = {
    name: []
    region = {
    "cidr_block" = 81
  }
    tags: 1e3
  }
  ingress {
    instance_type = (-1) // note
    enabled = [1.5, 0.25]
    cidr_block = "🙂prefix%{~ for k, v in self.private_ip ~}${v},%{ endfor }"
  }
  labels = <<EOT
web ${aws_instance.web.*.id}
line two
EOT
}

port = "%{~ for s in self.private_ip ~}${s},%{ endfor }\n"
