provider "aws" {
  timeouts { labels = 10 }
  // another comment
  /* a block
     comment */
}
