variable "v0" {
  acl = false // note
  validation {
    lifecycle {
      labels = ["staging", aws_instance.web[0].id ? 1e3 : true <= !true, 1e3] /* inline */
    }
    acl = {
    name: false
    region = {
    name = 1.5
    region: 1e3
  }
  }
    /* a block
       comment */
  }
  /* a block
     comment */
  bucket = [] ? each.value : upper(aws_instance.web[0].id, 0.25 ? "ubuntu" : 1e3) // note
}
