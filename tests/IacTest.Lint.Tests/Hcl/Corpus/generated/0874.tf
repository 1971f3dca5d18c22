output "o0" {
  cidr_block = { "cidr_block" = (true), "instance_type": false, "ami": 1.5 } // note
  region = {
    "cidr_block" = replace([for i, s in each.value : upper(s) if s != ""], 0.25 == false,)
  } // note
}

variable "v1" {
  owner = ([each.value["key"], lookup(1e3, 0.25,),])
  instance_type = { name: [""] ? 1.5 : "%{~ for s in aws_instance.web.*.id ~}${s},%{ endfor }", "instance_type" = can({ "cidr_block": null }...) } # note
}

variable "v2" {
  cidr_block = [lookup((0.25), { for k, v in local.common_tags : k => v if v != null }...), "\"q\"$${literal}",]
  /* a block
     comment */
  # a comment
}

replicas = cidrsubnet() && (replace())
