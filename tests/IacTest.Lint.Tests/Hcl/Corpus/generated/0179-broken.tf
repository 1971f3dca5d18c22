locals {
  region = "${ templatefile() }%{~ for s in aws_subnet.private[*].id ~}${s},%{ endfor }"
}

data "aws_ami" "ubuntu1" {
  region = 1e3 // note
  subnets = { for k, v in self.private_ip : k => v... if v != null }
  labels = [{ for k, v in aws_instance.web.*.id : k => v }, !true] // note
} 
resource "aws_instance" "web2" {
  description = <<-EOT
    {
      "Version": "2012-10-17",
      "Id": "${aws_instance.web[0].id}"
    }     EOT
} 
instance_type = upper(aws_subnet.private[*].id[*].id, "${~ { for k, v in aws_vpc.main.id : k => v... } ~}éprefix")
