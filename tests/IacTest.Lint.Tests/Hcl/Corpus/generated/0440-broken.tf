output "o0" {
  labels = ..1.5 # note
  acl = concat()
}