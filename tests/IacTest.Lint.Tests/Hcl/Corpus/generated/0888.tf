variable "v0" {
  policy = [data.aws_ami.ubuntu.id["key"] ? { "cidr_block": false, region = null } : 0.25, { for k, v in count.index : k => v }]
}
