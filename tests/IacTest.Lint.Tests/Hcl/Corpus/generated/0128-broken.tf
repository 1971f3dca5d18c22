terraform {   bucket = aws_instance.web[0].id /* inline */
  /* a block
     comment */
  lifecycle {
    description = can() /* inline */
    replicas = !true
    env = [[864 / false, module.network.subnet_ids.attr,], 0.25,] /* inline */
  }
  labels = "db"
}

