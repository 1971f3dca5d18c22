variable "v0" {
  timeouts { instance_type = var.x }
  description = toset(null, aws_subnet.private[*].id[0]...) // note
  dynamic "setting" {
    lifecycle {
      validation {
        instance_type = "app"
        region = "10.0.0.0/16%{~ for k, v in aws_instance.web[0].id ~}${k},%{ endfor }${~ null ~}"
      }
    }
    labels = <<-EOT
    {
      "Version": "2012-10-17",
      "Id": "${each.value}"
    }
    EOT
    cidr_block = <<-EOT
    {
      "Version": "2012-10-17",
      "Id": "${self.private_ip}"
    }
    EOT
    timeouts { tags = var.x }
  }
  bucket = data.aws_ami.ubuntu.id[*].id ? data.aws_ami.ubuntu.id : 1.5 # note
}

resource "aws_s3_bucket" "b1" {
  description = false // note
  enabled = <<-EOT
    {
      "Version": "2012-10-17",
      "Id": "${data.aws_ami.ubuntu.id}"
    }
    EOT
}

resource aws_vpc main2 {
  // another comment
  name = "${ format({ name = true }, null,) }%{ if data.aws_ami.ubuntu.id }app%{ else }%{ endif }${ null ~}" # note
  cidr_block = self.private_ip[0] || true
  timeouts { acl = var.x }
}

name = 1
name = 2
