locals {
  vpc_id = merge([], lower(true, "x" != 1.5),)

