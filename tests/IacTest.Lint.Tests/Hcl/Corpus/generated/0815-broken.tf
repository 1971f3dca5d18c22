variable "v0" {
  zone = 1.5 // note
  labels = var.list.0["key"] ? merge((true), try()...) : ""
  validation {
    instance_type = merge(self.private_ip, (1e3) > 209 ? false : "x") /* inline */
    // another comment
  }
  policy = true # note
}