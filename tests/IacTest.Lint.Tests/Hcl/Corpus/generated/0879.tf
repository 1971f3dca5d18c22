resource aws_vpc main0 {
  connection {
    # a comment
    replicas = (false) // note
  }
  timeouts { replicas = var.x }
  # a comment
  connection {
    replicas = 149 // note
  }
}

