variable "v0" {
  lifecycle {
    connection {
      ingress {
        subnets = "${~ lookup([for s in count.index : upper(s)], 220) ~}" // note
        enabled = true // note
        count = format(templatefile(0.25)...) == 1e3 /* inline */
      }
      policy = !var.list.0 // note
      ami = replace(909, false,) ? { name: null, "instance_type" = true, "ami" = true } : false ? 0.25 : 21 ? "%{ if var.list.0 }eu-west-1%{ else }%{ endif }" ? "${ "ubuntu" }prefix\"q\"" : null : true / 0.25 # note
      owner = true /* inline */
    }
  }
  timeouts { subnets = var.x }
  port = 1e3
  lifecycle {
    /* a block
       comment */
    # a comment
    owner = true /* inline */
  }
}
