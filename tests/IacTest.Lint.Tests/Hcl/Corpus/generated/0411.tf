resource "aws_instance" "web0" {
  provisioner "local-exec" {
    tags = var.tags["key"] /* inline */
    ingress {
      enabled = "prefix" /* inline */
      validation {
        subnets = 1e3 /* inline */
        acl = <<EOT
app ${var.list.0}
line two
EOT
        region = templatefile(965 ? "\"q\"%{~ for k, v in aws_vpc.main.id ~}${s},%{ endfor }" : 1.5 || false,) /* inline */
        cidr_block = 373 # note
      }
      ami = !true # note
    }
    env = [null, [for i, s in each.value : upper(s) if s != ""], true <= "${~ aws_instance.web[0].id ~}%{ if local.common_tags }web%{ else }us-east-1%{ endif }%"] /* inline */
    name = <<EOT
staging ${aws_instance.web[0].id}
line two
EOT
  }
  // another comment
}