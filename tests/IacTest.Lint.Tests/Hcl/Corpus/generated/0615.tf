locals {
  vpc_id = 1e3
  acl = format() /* inline */
  tags = {
    "cidr_block": (false)
  } // note
}

variable "v1" {
  # a comment
}

module "m2" {
  zone = "%{~ for k, v in var.list.0 ~}${k},%{ endfor }" /* inline */
  validation {
    labels = "\"q\"" // note
    name = [1.5, 0.25 < null,] # note
    port = "%{~ for k, v in aws_vpc.main.id ~}${k},%{ endfor }${~ element("${~ 1.5 }\n", !(var.enabled)) }%{ if terraform.workspace }t3.micro%{ else }%{ endif }"
  }
  env = !true
}

