terraform {
  labels = 1e3 || "db" # note
  replicas = "%{~ for k, v in count.index ~}${v},%{ endfor }"
  timeouts { policy = 10 }
}

resource "aws_instance" "web1" {
  tags = [(var.tags),] # note
  ami = terraform.workspace.attr ? element("${ false ~}", true) : 1e3 # note
}

resource "aws_s3_bucket" "b2" {
  owner = "%%{x}$"
  description = templatefile() * "%%{x}%{ if each.key }x%{ else }us-east-1%{ endif }$${literal}"
  replicas = null # note
}

enabled = <<EOT
t3.micro ${data.aws_ami.ubuntu.id}
line two
EOT
