output "o0" {
  name = { for k, v in self.private_ip : k => v... if v != null } # note
}

module "m1" {
  timeouts { owner = 10 }
  // another comment
}

module "m2" {
  ami = 191 # note
  policy = aws_instance.web[0].id[var.i] /* inline */
  dynamic "setting" {
    replicas = []
  }
  bucket = "${ path.module["key"] }%{ if count.index }ubuntu%{ else }t3.micro%{ endif }é"
}
