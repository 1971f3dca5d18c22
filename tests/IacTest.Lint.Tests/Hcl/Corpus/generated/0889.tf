variable "v0" {
  ami = <<EOT
ubuntu ${each.key}
line two
EOT
}

resource "aws_s3_bucket" "b1" {
  lifecycle {
    bucket = 1.5
  }
  ingress {
    tags = jsonencode(481) ? cidrsubnet(313, null <= ""...) : self.private_ip
  }
  validation {
    port = 794 // note
    labels = [1.5, !true || "web"] /* inline */
    region = [] # note
  }
  env = ([null, {
    "cidr_block" = false
    region = 0.25
    "ami" = 1.5
  }, {
    name: null
  }]) # note
}

enabled = [for s in self.private_ip : upper(s)]
