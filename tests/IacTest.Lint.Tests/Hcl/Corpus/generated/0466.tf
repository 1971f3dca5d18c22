output "o0" {
  labels = can(cidrsubnet()) ? 1e3 : lower(aws_vpc.main.id, 1.5,) ? "" : null ? 1.5 : "x" // note
  subnets = true # note
  /* a block
     comment */
  enabled = [] # note
}

replicas = (0.25)