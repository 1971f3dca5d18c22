locals {
  connection {
    // another comment
    // another comment
    connection {
      # a comment
      count = false
      enabled = [var.tags ? 1.5 : [1.5, null], aws_vpc.main.id, 296,]
    }
  }
}

