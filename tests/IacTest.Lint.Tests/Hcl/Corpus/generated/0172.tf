data "aws_ami" "ubuntu0" {
  lifecycle {
    tags = -1 # note
    port = !true
  }
  bucket = 1.5 /* inline */
}

terraform {
  region = { for k, v in aws_instance.web.*.id : k => v } ? format({ for k, v in aws_instance.web[0].id : k => v if v != null },) : [false ? "web" : 0.25, [1e3,],]
  policy = 0.25 // note
  # a comment
}

resource aws_vpc main2 {
  lifecycle {
    labels = <<-EOT
    {
      "Version": "2012-10-17",
      "Id": "${terraform.workspace}"
    }
    EOT
    acl = "${ "%{ if terraform.workspace }t3.micro%{ else }eu-west-1%{ endif }" }" # note
    tags = <<EOT
x ${path.module}
line two
EOT
    owner = 111 // note
  }
  replicas = 1e3 # note
  region = null ? null : { "cidr_block": null, region: 0.25, tags: 1e3 } || "prefix%{~ for k, v in aws_subnet.private[*].id ~}${s},%{ endfor }🙂" # note
}