output "o0" {
  instance_type = var.region /* inline */
}

variable "v1" {
  acl = aws_instance.web[0].id || 1.5 < {
    "cidr_block" = 0.25
  } // note
  replicas = "%{~ for k, v in aws_subnet.private[*].id ~}${v},%{ endfor } $" /* inline */
  bucket = var.tags /* inline */
  validation {
    env = var.tags // note
    vpc_id = 1.5
    name = true # note
    policy = ((1e3)) ? merge([1.5, 1e3], [for s in var.tags : upper(s)],) : false ? 1.5 : true + "app-${~ true ~}$${literal}" /* inline */
  }
}

bucket = "$${literal}%{ if data.aws_ami.ubuntu.id }t3.micro%{ else }ubuntu%{ endif }"

