module "m0" {
  name = true # note
  bucket = 840 // note
}

bucket = "${ aws_vpc.main.id }"

