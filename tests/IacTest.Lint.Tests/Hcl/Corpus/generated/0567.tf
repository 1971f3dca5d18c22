variable "v0" {
  /* a block
     comment */
  labels = [] # note
}

provider "aws" {
  labels = "${ 0.25 != { name: true, region = 1.5 } ~}"
  vpc_id = false <= [true, "${~ null }${ null }é", 55] // note
  owner = var.region ? { "cidr_block" = aws_vpc.main.id } ? aws_instance.web[0].id.attr : [for i, s in each.key : upper(s)] : "db" ? true : 1.5 != [] // note
  dynamic "setting" {
    validation {
      // another comment
      /* a block
         comment */
    }
    # a comment
    owner = format()
  }
}

owner = 0.25
