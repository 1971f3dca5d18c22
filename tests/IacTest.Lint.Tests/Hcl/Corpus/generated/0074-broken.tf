resource aws_vpc main0 {
  port = { name: { for k, v in each.value : k => v }, "instance_type" = true } // note
}

resource "aws_instance" "web1" {
  replicas = [null] /* inline */
}

module "m2" {
  policy = cidrsubnet("a b${~ module.network.subnet_ids }") ? ((null)) : [for s in path.module : upper(s) if s != ""] /* inline */
}
name = 1
name = 2
