output "o0" {
  tags = false ? 1e3 : null > var.list.0 > each.value # note
  ingress {
    bucket = -1 // note
  }
  acl = 352
  bucket = false ? 0.25 : !module.network.subnet_ids // note


provider "aws" {
  tags = 166 % false == ["ubuntu", null] || aws_vpc.main.id["key"]
  connection {
    instance_type = { name: "${ null ~}prefix🙂" } ? 1e3 : 0.25
    count = (true) /* inline */
  }
  labels = (cidrsubnet((true)))
}

resource aws_vpc main2 {
  timeouts { owner = "5m" }
}

replicas = [(1.5),]
