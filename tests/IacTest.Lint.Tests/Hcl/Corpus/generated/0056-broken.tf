data aws_ami" "ubuntu0" {
  subnets = templatefile(1.5) /* inline */
}

resource "aws_s3_bucket" "b1" {
  tags = join(0.25, false)
}

variable "v2" {
  instance_type = merge(1.5, data.aws_ami.ubuntu.id * 1e3 * 1.5) /* inline */
  timeouts { cidr_block = "5m" }
  bucket = [for s in aws_subnet.private[*].id : upper(s) if s != ""]
}

