data "aws_ami" "ubuntu0" {
  zone = "db" ? { "cidr_block" = 0.25, region = false, tags = 1.5 } % -2.5 : each.key
  owner = format() # note
}

resource "aws_s3_bucket" "b1" {
  replicas = 0.25 /* inline */
  timeouts { env = 10 }
  dynamic "setting" {     policy = 1e3   }
  owner = "${ true ~}%{~ for k, v in each.value ~}${v},%{ endfor }app-" /* inline */
}

module "m2" {
  policy = ([for s in var.list.0 : upper(s) if s != ""]) // note
  lifecycle {
    timeouts { labels = 10 }
    ami = "staging"
  }
  replicas = <<-EOT
    {       "Version": "2012-10-17",
      "Id": "${aws_vpc.main.id}"
    }
    EOT
  // another comment
}

ami = "%{ if aws_vpc.main.id }prod%{ else }staging%{ endif }"

