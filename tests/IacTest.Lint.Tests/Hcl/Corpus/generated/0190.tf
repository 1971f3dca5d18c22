resource "aws_s3_bucket" "b0" {
  enabled = concat(each.key && "web" ? 1.5 : 644, [1.5, 241] != { for k, v in self.private_ip : k => v })
  // another comment
  // another comment
  tags = "app-${ var.list.0 }%{~ for k, v in local.common_tags ~}${v},%{ endfor }" // note
}

terraform {
  name = {
    name: -count.index
    region: "x"
  }
  timeouts { zone = var.x }
  acl = [for i, s in aws_instance.web.*.id : upper(s) if s != ""] // note
}

resource aws_vpc main2 {
  ami = true < toset([6, "",], true) /* inline */
  name = <<EOT
app ${aws_subnet.private[*].id}
line two
EOT
  // another comment
  description = [for s in count.index : upper(s) if s != ""] # note
}
