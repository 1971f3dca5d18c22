data "aws_ami" "ubuntu0" {
  timeouts { labels = "5m" }
  replicas = -self.private_ip # note
  validation {
    labels = { for k, v in count.index : k => v... if v != null } ? false : "ubuntu" && {
    name = null
    region: 428
    tags = 0.25
  } ? null : "us-east-1" ? 0.25 : null /* inline */
    description = cidrsubnet()
    # a comment
    tags = 1.5 // note
  }
}

provider "aws" {
  /* a block
     comment */
  subnets = true # note
}
