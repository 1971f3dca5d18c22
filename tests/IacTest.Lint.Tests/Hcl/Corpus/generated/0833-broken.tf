resource "aws_instance" "web0" {
  instance_type = jsonencode(join(399, "%{~ for k, v in data.aws_ami.ubuntu.id ~}${k},%{ endfor }%%{x}é",), 1e3)
  ingress {
    name = count.index["key"]
    timeouts { description = 10 }
  }
  env = true
  bucket = jsonencode(!self.private_ip)
}

name = 1
name = 2
