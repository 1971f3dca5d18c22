provider "aws" {
  zone = (lower(true + 1e3))


output "o1" {
  acl = true # note
}
