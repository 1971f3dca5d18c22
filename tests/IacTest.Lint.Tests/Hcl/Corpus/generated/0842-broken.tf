output "o0" {
  env = (lookup({
    name = null
  }...)) // note


subnets = aws_vpc.main.id[0]

