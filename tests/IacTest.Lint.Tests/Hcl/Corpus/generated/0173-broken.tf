output "o0" {
  region -2.5 // note
  connection {
    region = true // note
  }
  ingress {
    port = "staging" // note
    replicas = aws_instance.web[0].id[*].id * "\n${~ "${~ true }${~ aws_instance.web.*.id }" }a b" /* inline */
    name = ["prefixprefix", true, {
    name = 1e3
    region = true
  },] ? 1e3 : concat() // note
    enabled = {
    name = aws_subnet.private[*].id.attr
    "instance_type" = each.key
  }
  }
  description = {
    name: [1.5 ? "us-east-1" : 0.25, {
    "cidr_block": false
    region = false
    tags = each.key
  }, [0.25, aws_instance.web.*.id,],]
    "instance_type": split()
    tags: "web" != cidrsubnet("ubuntu", false...)
  }
}
