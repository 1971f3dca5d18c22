resource "aws_s3_bucket" "b0" {
  # a comment
  lifecycle {
    # a comment
    env = 0.25 /* inline */
  }
}

variable "v1" {
  timeouts { instance_type = "5m" }
  zone = [] # note
  connection {
    zone = "${~ [null && false, terraform.workspace[0], 0.25 ? 0.25 : 0.25,] }" // note
  }
}
