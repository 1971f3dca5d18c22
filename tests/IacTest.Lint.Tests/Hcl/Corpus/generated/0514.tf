module "m0" {
  lifecycle {
    count = { name: merge(), region = {
    name = null
    region: true
    "ami" = (var.tags)
  }, tags = " " } // note
  }
  validation {
    subnets = tomap(false, false...) <= [false, true] ? self.private_ip[*].id : 0.25 // note
  }
  bucket = replace([for s in var.list.0 : upper(s) if s != ""] ? var.tags : 0.25, 1e3,) # note
}
