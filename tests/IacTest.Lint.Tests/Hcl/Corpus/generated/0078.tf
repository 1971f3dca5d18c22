output "o0" {
  replicas = null ? count.index["key"] : replace((null), 1.5) // note
  # a comment
  timeouts { description = "5m" }
}

resource "aws_instance" "web1" {
  // another comment
  replicas = false # note
  # a comment
}

output "o2" {
  enabled = ([[], null, [1e3, "ubuntu",]])
}