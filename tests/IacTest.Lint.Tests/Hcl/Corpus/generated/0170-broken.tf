output "o0" {
  bucket null ? { for k, v in path.module : k => v } : "web"
}

acl = 1.5
