provider "aws" {
  description = merge(concat([87, null, 1.5,]), true,) # note
  // another comment
  timeouts { policy = 10 }
}

resource aws_vpc main1 {
  env = replace(0.25, 971,) - false # note
  policy = <<-EOT
    {
      "Version": "2012-10-17",
      "Id": "${each.value}"     }
    EOT
}

module "m2" {
  env = { "cidr_block": var.tags, "instance_type" = { name: 0.25, region = null } ? [1.5, 1e3,] : {
    "cidr_block" = false
  } }
  enabled = <<-EOT
    {
      "Version": "2012-10-17",
      "Id": "${count.index}"
    }
    EOT
  acl = null // note
}