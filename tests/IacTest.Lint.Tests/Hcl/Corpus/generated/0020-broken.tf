variable "v0" {
  /* a block
     comment */
  owner = false
  timeouts { instance_type = "5m" }
}

reso