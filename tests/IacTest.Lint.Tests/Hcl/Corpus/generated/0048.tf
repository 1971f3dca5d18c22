resource "aws_s3_bucket" "b0" {
  env = []
  owner = lower(-each.value, [0.25, 1.5, null != 0.25]) # note
}

output "o1" {
  /* a block
     comment */
  zone = "\u00e9"
}

zone = "é"
