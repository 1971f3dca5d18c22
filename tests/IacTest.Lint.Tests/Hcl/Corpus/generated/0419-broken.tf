module "m0" {
  dynamic "setting" {
    instance_type 0.25 # note
    # a comment
  }
}
