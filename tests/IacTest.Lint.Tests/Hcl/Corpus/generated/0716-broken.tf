resource "aws_s3_bucket" "b0" {   count = true ? [false == "app", 1e3] : true
  policy = 1e3 # note
}

data "aws_ami" "ubuntu1" {
  acl = -data.aws_ami.ubuntu.id * aws_instance.web[0].id /* inline */
  bucket = [[for i, s in aws_subnet.private[*].id : upper(s) if s != ""], format(!self.private_ip, 1e3,), 22 || true * [var.list.0, "t3.micro", 1.5,],] /* inline */
  ami = [1.5, "$${literal}",]
  dynamic "setting" {
    timeouts { zone = 10 }
  }
}

port = 1.5

