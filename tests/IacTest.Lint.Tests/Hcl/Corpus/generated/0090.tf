module "m0" {
  vpc_id = true # note
}
