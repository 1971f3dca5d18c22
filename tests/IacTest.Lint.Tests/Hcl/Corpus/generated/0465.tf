output "o0" {
  labels = var.region[*].id # note
  timeouts { enabled = var.x }
}

