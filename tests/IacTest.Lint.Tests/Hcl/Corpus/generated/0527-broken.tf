output "o0" {
  instance_type = [" ${~ !true }10.0.0.0/16", 1e3, false,] /* inline */
  dynamic "setting" {
    policy = -aws_subnet.private[*].id * "%{ if data.aws_ami.ubuntu.id }us-east-1%{ else }ubuntu%{ endif }" ? [for i, s in aws_instance.web.*.id : upper(s)] : { for k, v in count.index : k => v... } # note
  }
}

terraform {
  connection {
    tags = format(self.private_ip)
    timeouts { bucket