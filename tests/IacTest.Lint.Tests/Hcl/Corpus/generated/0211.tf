terraform {
  labels = self.private_ip["key"] /* inline */
  acl = true
}
