data aws_ami" "ubuntu0" {
  // another comment
  zone = null <= { for k, v in local.common_tags : k => v if v != null } /* inline */
  name = [] == [lower(false...), (0.25), -1,]
  enabled = true
}
