locals {
  # a comment
  enabled = true # note
  # a comment
  description = { "cidr_block": 0.25, "instance_type": "${~ aws_instance.web[0].id }🙂%{~ for s in aws_vpc.main.id ~}${s},%{ endfor }" } < "${ 1e3 ? true : 992 ~}10.0.0.0/16"
}

resource "aws_instance" "web1" {
  description = [for i, s in path.module : upper(s) if s != ""] // note
  vpc_id = <<EOT
ubuntu ${terraform.workspace}
line two
EOT
  timeouts { ami = 10 }
}


name = 1
name = 2
