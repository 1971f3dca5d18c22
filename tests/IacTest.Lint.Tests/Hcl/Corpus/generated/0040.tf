resource "aws_s3_bucket" "b0" {
  bucket = format(count.index ? each.value : 990, 1e3) ? { for k, v in aws_instance.web.*.id : k => v } : 1e3 // note
  timeouts { instance_type = "5m" }
  ami = [for s in terraform.workspace : upper(s)] # note
}

output "o1" {
  region = 0.25 // note
  # a comment
  count = var.tags[*].id
  connection {
    labels = 1.5 ? { "cidr_block" = null, "instance_type": (null), "ami": format() } : length((false)) # note
    acl = { "cidr_block" = [] } ? {
    name: []
  } : 0.25 != 1.5 == true # note
  }
}

