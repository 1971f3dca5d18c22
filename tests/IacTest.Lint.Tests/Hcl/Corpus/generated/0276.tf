resource "aws_instance" "web0" {
  timeouts { instance_type = "5m" }
  count = { for k, v in var.list.0 : k => v if v != null } / "$a b%{~ for k, v in aws_instance.web[0].id ~}${s},%{ endfor }" - terraform.workspace /* inline */
  /* a block
     comment */
  timeouts { cidr_block = "5m" }
}
