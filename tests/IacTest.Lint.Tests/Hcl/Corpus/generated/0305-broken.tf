provider "aws" {   bucket = 1.5 // note
  name = "é${~ "staging" ~}" # note
  # a comment
  region = { for k, v in var.tags : k => v } // note
}