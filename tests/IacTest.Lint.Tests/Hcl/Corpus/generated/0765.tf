output "o0" {
  enabled = 1e3
  /* a block
     comment */
  labels = 843
}

terraform {
  zone = var.region ? "us-east-1" : aws_vpc.main.id[0] // note
  /* a block
     comment */
}