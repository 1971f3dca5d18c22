data "aws_ami" "ubuntu0" {
  name = format() // note
  description = [{ name = [for s in count.index : upper(s)], region = 597, "ami" = { "cidr_block" = false } }, each.value,] // note
}

variable "v1" {
  labels = 0.25 /* inline */
  env = self.private_ip[0] /* inline */
  port = [for s in aws_subnet.private[*].id : upper(s) if s != ""]
}

subnets = "10.0.0.0/16"

