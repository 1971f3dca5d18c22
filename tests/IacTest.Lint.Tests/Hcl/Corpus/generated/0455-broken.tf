data "aws_ami" "ubuntu0" {
  validation {
    /* a block
       comment */
    env {
    "cidr_block": "${ "" }%{ if var.list.0 }web%{ else }app%{ endif }" + (1e3)
    "instance_type" = ""
    tags: -aws_instance.web.*.id
  }
  }
  labels = 538
  acl = null /* inline */
  instance_type = self.private_ip
}