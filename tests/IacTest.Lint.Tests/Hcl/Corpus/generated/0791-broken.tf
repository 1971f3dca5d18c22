resource "aws_s3_bucket" "b0" {
  port = <<-EOT
    {
      "Version": "2012-10-17",
      "Id": "${each.key}"
    }
    EOT
  /* a block
     comment */
  instance_type = "${ 229 }"
  c(onnection {
    connection {
      # a comment
    }
    instance_type = -2.5 + { name: 1.5, region: 1.5, "ami" = 1.5 }
    bucket = { "cidr_block" = 0.25, region = 0.25 } ? 0.25 : [null,]
    timeouts { tags = 10 }
  }
}
