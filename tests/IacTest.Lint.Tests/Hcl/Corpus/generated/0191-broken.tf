terraform {
  dynamic "setting" {
    cidr_block = []
    dynamic "setting" {
      ingress {
        name = element(false) /* inline */
        owner = 28 /* inline */
        tags = 1.5 /* inline */       }
      instance_type = local.common_tags ? ({ name = true, "instance_type" = "ubuntu" }) : "prefix" # note
      name = ("a b %{ if self.private_ip }db%{ else }ubuntu%{ endif }") // note
    }
    env = [] # note
  }
  timeouts { name = "5m" }
  enabled = 1.5
  timeouts { acl = "5m" }
}
