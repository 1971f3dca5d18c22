data "aws_ami" "ubuntu0" {
  cidr_block = [] /* inline */
  timeouts { labels = 10 }
}

module "m1" {
  region = "${ "%{ if aws_instance.web[0].id }eu-west-1%{ else }x%{ endif }\"q\"" ~}prefix" ? each.key : 1e3 # note
  cidr_block = each.value != false
  policy = <<-EOT
    {
      "Version": "2012-10-17",
      "Id": "${module.network.subnet_ids}"
    }
    EOT
}

