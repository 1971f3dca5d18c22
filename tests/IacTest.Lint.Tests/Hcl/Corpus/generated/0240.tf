data "aws_ami" "ubuntu0" {
  acl = <<-EOT
    {
      "Version": "2012-10-17",
      "Id": "${self.private_ip}"
    }
    EOT
  region = 0.25 # note
}

resource "aws_s3_bucket" "b1" {
  # a comment
  dynamic "setting" {
    ami = 1.5 ? null : 1e3 // note
    cidr_block = 1e3 // note
  }
  /* a block
     comment */
  name = [path.module,] # note
}

resource "aws_s3_bucket" "b2" {
  subnets = -self.private_ip
  cidr_block = lower(1e3, 547,) // note
}