resource "aws_s3_bucket" "b0" {
  provisioner "local-exec" {
    subnets = 457 # note
    provisioner "local-exec" {
      timeouts { replicas = 10 }
      count = merge()
      enabled = ([]) # note
      /* a block
         comment */
    }
    ingress {
      port = 0.25
      // another comment
      validation {
        labels = "${ false }" /* inline */
        acl = 19 # note
      }
      timeouts { labels = "5m" }
    }
  }
}
