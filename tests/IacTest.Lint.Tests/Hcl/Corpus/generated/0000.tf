provider "aws" {
  lifecycle {
    count = (76) // note
    zone = "\u00e9a b"
    cidr_block = "staging" # note
    timeouts { region = "5m" }
  }
  ami = concat(true) // note
  /* a block
     comment */
  /* a block
     comment */
}
