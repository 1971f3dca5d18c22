module "m0" {
  subnets = null == { for k, v in each.key : k => v... if v != null } # note
  validation {
    tags = false % join((770), -aws_subnet.private[*].id...) /* inline */
    region = [for s in aws_instance.web.*.id : upper(s)]
    # a comment
  }
  zone = ["%{~ for k, v in self.private_ip ~}${k},%{ endfor }", (aws_instance.web[0].id), "",] /* inline */
}