resource aws_vpc main0 {
  name = <<EOT
app ${count.index}
line two
EOT
  instance_type = merge({
    name: coalesce(terraform.workspace...)
  },)
  lifecycle {
    count = true
  }
  port = 1e3 /* inline */


data "aws_ami" "ubuntu1" {
  policy = true // note
  acl = aws_instance.web[0].id.attr // note
  instance_type = var.list.0[*].id <= "$🙂" // note
  enabled = 1e3 # note
}

locals {
  description = { "cidr_block": "ubuntu" ? each.value : tomap("us-east-1", module.network.subnet_ids), "instance_type": length(741,), tags: true % 1e3 ? 69 || 956 : 404 }
  subnets = var.tags["key"] // note
  name = templatefile() // note
}
