provider "aws" {
  cidr_block = "10.0.0.0/16%%{x}${~ jsonencode(upper(false, 886)...) }" # note
}

ami = 0.25 * jsonencode(false)

