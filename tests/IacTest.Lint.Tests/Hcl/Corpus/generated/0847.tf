output "o0" {
  count = "%{ if self.private_ip }app%{ else }%{ endif }a b${ split("web", "staging"...) ? !true : "${~ "us-east-1" }" }" /* inline */
  port = "prefix%${ [] ~}"
  validation {
    acl = "ubuntu"
  }
}

