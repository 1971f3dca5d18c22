resource "aws_s3_bucket" "b0" {
  timeouts { owner = 10 }
  policy = [{ name: 195 / aws_subnet.private[*].id },] # note
}

module "m1" {
  # a comment
  bucket = data.aws_ami.ubuntu.id // note
  vpc_id = null
}

variable "v2" {
  lifecycle {
    timeouts { count = var.x }
    ami = 1.5 /* inline */
    connection {
      count = ([for i, s in local.common_tags : upper(s)]) /* inline */
      timeouts { policy = var.x }
      ami = !path.module // note
      name = -2.5
    }
  }
}