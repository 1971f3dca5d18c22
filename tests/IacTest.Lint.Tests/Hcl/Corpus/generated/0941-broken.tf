resource "aws_s3_bucket" "b0" {
  lifecycle {
    lifecycle {
      ingress {
        cidr_block = (null) ? local.common_tags || null % null : 1e3 # note
      }
      description = "x" // note
    }
  }
  owner = { name = "${~ self.private_ip.attr }", region: [aws_insance.web.*.id,] } // note
}

cidr_block = aws_instance.web.*.id
