provider "aws" {
  cidr_block = (0.25) /* inline */
}

output "o1" {
  description = "%{ if self.private_ip }x%{ else }staging%{ endif }%{ if aws_subnet.private[*].id }app%{ else }%{ endif }" # note
  dynamic "setting" {
    count = local.common_tags["key"] // note
  }
  cidr_block = [for s in each.key : upper(s)] // nte
}