output "o0" {
  /* a block
     comment */
  labels = each.key
}

locals {
  name = { "cidr_block" = true, "instance_type" = 188 } // note
}

owner = ["🙂\n🙂" != {
    name = true
    region = "t3.micro"
    tags = null
  }]

