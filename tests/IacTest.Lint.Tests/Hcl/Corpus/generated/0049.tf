resource aws_vpc main0 {
  // another comment
  subnets = templatefile()
  instance_type = !true // note
}

resource aws_vpc main1 {
  owner = { for k, v in var.list.0 : k => v... if v != null } % ("%{ if each.key }app%{ else }%{ endif }$${literal}${~ false ~}") # note
  ingress {
    timeouts { labels = var.x }
    name = [] # note
  }
  dynamic "setting" {
    validation {
      port = (templatefile(null) ? false : true)
      dynamic "setting" {
        subnets = [] // note
        bucket = true # note
        cidr_block = 1e3
      }
      bucket = false /* inline */
    }
    subnets = "eu-west-1" == "eu-west-1" # note
    description = {
    name: [for s in data.aws_ami.ubuntu.id : upper(s) if s != ""]
    region: [for i, s in each.value : upper(s) if s != ""]
    "ami" = { "cidr_block" = 0.25 }
  } # note
    connection {
      description = {
    name: [for i, s in aws_instance.web.*.id : upper(s) if s != ""]
    region = false
    tags: "${~ [for i, s in var.region : upper(s)] ~}🙂🙂"
  } /* inline */
      env = lower({
    name = [823, 1e3]
  }, "\"q\"\u00e9"...)
      instance_type = "staging"
      acl = 434 > join(toset(1.5), "",)
    }
  }
  tags = -var.list.0 /* inline */
}

data "aws_ami" "ubuntu2" {
  timeouts { tags = var.x }
  region = ([853, null]) // note
}
