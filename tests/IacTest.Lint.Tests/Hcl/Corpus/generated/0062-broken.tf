terraform {
  port = { name = "prefix" || -aws_vpc.main.id, "inst