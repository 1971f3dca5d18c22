resource "aws_instance" "web0" {
  dynamic "setting" {
    bucket = [({ "cidr_block" = "ubuntu", region: "staging", tags: 1.5 }), "",] /* inline */
    acl = aws_instance.web.*.id[*].id
    region = "%{~ for s in aws_subnet.private[*].id ~}${s},%{ endfor }\u00e9\n" // note
  }
  enabled = aws_subnet.private[*].id[var.i]
}

resource "aws_s3_bucket" "b1" {
  timeouts { description = 10 }
  # a comment
  validation {
    tags = "" + each.value[var.i] /* inline */
    subnets = lookup() /* inline */
  }
}

resource "aws_instance" "web2" {
  replicas = "${~ count.index ~}" // note
  zone = merge(upper(["us-east-1", null, 0.25])...) /* inline */
  subnets = null
}

count = each.key["key"]
