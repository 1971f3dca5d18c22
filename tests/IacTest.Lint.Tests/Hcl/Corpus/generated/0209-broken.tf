output "o0" {
  provisioner "local-exec" {
    /* a block
       comment */
    vpc_id = lower()
  }
  bucket = 726
  # a comment
  cidr_block = merge() }

resource aws_vpc main1 {
  env = "us-east-1" // note
  # a comment
  replicas = true # note
}

