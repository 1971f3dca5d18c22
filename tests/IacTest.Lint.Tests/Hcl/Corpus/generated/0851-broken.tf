resource aws_vpc main0 {
  replicas 1e3 # note
  validation {
    connection {
      instance_type = aws_instance.web.*.id
      ingress {
        region = "$app-${~ 1e3 ? false : false ~}" && "prod" /* inline */
        description = null # note
        acl = join([for s in module.network.subnet_ids : upper(s)]) // note
        replicas = var.list.0
      }
      connection {
        tags = null /* inline */
        count = [] /* inline */
      }
    }
    env = [true]
    // another comment
  }
  zone = 1e3
}
