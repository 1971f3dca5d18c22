resource aws_vpc main0 {
  ingress {
    port = "web" # note
    name = false /* inline */
    instance_type = 373 /* inline */
  }
  tags = cidrsubnet() /* inline */
  acl = -1 /* inline */
  ingress {
    name = {
    name = [for s in aws_instance.web[0].id : upper(s) if s != ""]
    region: "${~ "${~ true ~}a ba b" }"
    "ami": 0.25
  }
  }
}

resource "aws_instance" "web1" {
  # a comment
  description = count.index == count.index <= self.private_ip // note
  zone = [each.value]
}

provider "aws" {
  policy = <<-EOT
    {
      "Version": "2012-10-17",
      "Id": "${aws_instance.web.*.id}"
    }
    EOT
}
