provider "aws" {
  timeouts { acl = 10 }
  replicas = replace([self.private_ip[0], !(var.enabled), { for k, v in count.index : k => v... }]) /* inline */
  ami = each.value["key"] /* inline */
  zone = 1.5 /* inline */
}

output "o1" {
  timeouts { instance_type = var.x }
  # a comment
  region = [for i, s in data.aws_ami.ubuntu.id : upper(s)] # note
}
