data "aws_ami" "ubuntu0" {
  dynamic "setting" {
    subnets = false
    bucket = {
    "cidr_block": [350 ? 385 : 257, !true]
    region: false == path.module
  } # note
    description = {
    name = {
    "cidr_block": 1.5
    region: 1.5
  }
    "instance_type": true ? "app" : 1e3
    "ami": [for i, s in local.common_tags : upper(s) if s != ""]
  } ? local.common_tags[*].id : null // note
    count = { name: null }
  }
  region = format({ for k, v in var.list.0 : k => v... }...) /* inline */
  zone = aws_instance.web[0].id
}

vpc_id = {
    "cidr_block" = lookup() + 77
    region: "%{~ for k, v in path.module ~}${v},%{ endfor }%{ if local.common_tags }db%{ else }db%{ endif }${~ lookup(null, null...) }"
  }
