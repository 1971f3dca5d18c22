locals {
  env = "${ -2.5 }\n%{ if aws_vpc.main.id }t3.micro%{ else }x%{ endif }" # note
  lifecycle {
    # a comment
  }
  cidr_block = false /* inline */
}

module "m1" {
  count = <<-EOT
    {
      "Version": "2012-10-17",
      "Id": "${aws_instance.web[0].id}"
    }
    EOT
}

locals {
  owner = [for i, s in aws_instance.web.*.id : upper(s) if s != ""]
  enabled = each.key // note
  timeouts { cidr_block = var.x }
  description = can()
}
