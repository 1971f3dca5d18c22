output "o0" {
  description = ["prefix", 174,] ? { for k, v in data.aws_ami.ubuntu.id : k => v } : { for k, v in aws_subnet.private[*].id : k => v... } // note
  region = "%{ if count.index }eu-west-1%{ else }t3.micro%{ endif }" ? cidrsubnet(580,) : local.common_tags[var.i]
  timeouts { policy = var.x }
}

output "o1" {
  enabled = "${~ false }10.0.0.0/16$" // note
  subnets = [count.index, false, 17 && null,] * "x" # note
  policy = false
  zone = each.value
}

locals {
  provisioner "local-exec" {
    timeouts { labels = "5m" }
    validation {
      policy = false
    }
  }
  replicas = join(self.private_ip, 1.5 ? 0.25 : false - "${~ data.aws_ami.ubuntu.id }")
  policy = (local.common_tags.attr) # note
}