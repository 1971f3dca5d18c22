terraform {
  port = templatefile(0.25,) /* inline */
  enabled = (coalesce((1e3)...)) # note
  zone = [] # note
}

output "o1" {
  policy = [for s in data.aws_ami.ubuntu.id : upper(s) if s != ""] /* inline */
  tags = [259 - 269, true ? false : 1.5,] || {
    "cidr_block" = "x" ? "us-east-1" 