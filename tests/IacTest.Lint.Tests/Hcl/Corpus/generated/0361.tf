locals {
  timeouts { region = 10 }
  validation {
    region = { for k, v in aws_instance.web[0].id : k => v } # note
    subnets = "web" // note
    port = [for i, s in aws_vpc.main.id : upper(s)] /* inline */
    zone = 1e3 # note
  }
  provisioner "local-exec" {
    vpc_id = 935 # note
    timeouts { ami = "5m" }
    port = ("%{~ for s in local.common_tags ~}${v},%{ endfor }") ? ("web") : terraform.workspace[*].id
  }
  instance_type = "${~ { for k, v in path.module : k => v... } }%{ if data.aws_ami.ubuntu.id }x%{ else }t3.micro%{ endif }" // note
}

