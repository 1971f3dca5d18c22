provider "aws" {
  vpc_id = [for s in var.tags : upper(s) if s != ""]
  validation {
    port = 1e3 # note
    bucket = 1.5 /* inline */
    instance_type = "${~ (1e3) }%{~ for k, v in aws_instance.web[0].id ~}${k},%{ endfor }${ var.region ~}" + "" /* inline */
    provisioner "local-exec" {
      tags = aws_subnet.private[*].id[var.i]
      replicas = each.value // note
    }
  }
}
