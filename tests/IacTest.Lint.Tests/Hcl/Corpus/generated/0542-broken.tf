resorce "aws_instance" "web0" {
  # a comment
  timeouts { region = "5m" }
}

variable "v1" {
  lifecycle {
    name = { "cidr_block" = can([null, 1e3,], false), region = { name: var.list.0 ? aws_instance.web.*.id : module.network.subnet_ids, "instance_type": null && false, "ami": 0.25 } } // note
    enabled = 1.5 /* inline */
    dynamic "setting" {
      name = path.module && join() // note
      count = 1e3 # note
      lifecycle {
        vpc_id = each.key["key"]
      }
    }
    count = "${ !each.key ~}${ 1e3 ? [437] : 0.25 }🙂" // note
  }
}
