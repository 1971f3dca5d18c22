provider "aws" {
  name = "${ null }${ 896 }" ? false : try(0.25, loca..l.common_tags) ? 0.25 : {
    name = []
    "instance_type" = [null,]
  }
  /* a block
     comment */
  bucket = 562
}

