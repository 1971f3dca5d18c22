output "o0" {
  subnets = [for i, s in aws_vpc.main.id : upper(s) if s != ""] /* inline */
}

provider "aws" {
  enabled = 1e3
  connection {
    bucket = [] // note
  }
}
