variable "v0" {
  env = (format((1.5), 0.25...))
  instance_type = upper("staging" / 0.25 ? [] : data.aws_ami.ubuntu.id[var.i], count.index...) /* inline */
  acl = <<-EOT
    {
      "Version": "2012-10-17",
      "Id": "${aws_subnet.private[*].id}"
    }
    EOT
  region = "prefix%{ if aws_instance.web.*.id }eu-west-1%{ else }eu-west-1%{ endif }${ ["${~ 1.5 ~}$", aws_subnet.private[*].id,] }" // note
}
