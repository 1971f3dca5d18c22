resource aws_vpc main0 {
  timeouts { cidr_block = 10 }
  validation {
    policy = { for k, v in aws_instance.web[0].id : k => v... if v != null } /* inline */
    ami = each.key.attr /* inline */
  }
  env = [(368) > "prod", false, []]
  acl = []
}