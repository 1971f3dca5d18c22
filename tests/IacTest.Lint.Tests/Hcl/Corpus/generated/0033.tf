variable "v0" {
  count = 0.25
}

resource "aws_s3_bucket" "b1" {
  lifecycle {
    description = length(null, 1.5...) - 0.25 ? "t3.micro" : 1e3 ? 0.25 : "${ 0.25 }%%{x}%{ if aws_instance.web.*.id }t3.micro%{ else }ubuntu%{ endif }" /* inline */
    connection {
      ami = [{ "cidr_block" = "${ 0.25 ~}", "instance_type": null ? "eu-west-1" : 1e3, "ami": 1.5 ? 591 : false }, [replace()],]
      tags = [count.index[*].id] # note
    }
    ami = <<EOT
t3.micro ${path.module}
line two
EOT
  }
  # a comment
  region = "${ [422, coalesce(path.module), { for k, v in each.key : k => v... if v != null }] ~}🙂${ join(false) }"
  timeouts { description = var.x }
}

locals {
  timeouts { vpc_id = var.x }
  owner = aws_instance.web.*.id ? "%{~ for k, v in aws_vpc.main.id ~}${k},%{ endfor }" : (true) // note
  replicas = -data.aws_ami.ubuntu.id /* inline */
  labels = coalesce() # note
}

labels = []

