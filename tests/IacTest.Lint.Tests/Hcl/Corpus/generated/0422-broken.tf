output "o0" {
  timeouts { owner = var.x }
  ingress {
    # a comment
    instance_type = { for k, v in path.module : k => v... if v != null } # note
    provisioner