data "aws_ami" "ubuntu0" {
  env = true
  # a comment
}

variable "v1" {
  acl = 1e3 # note
  timeouts { enabled = 10 }
  provisioner "local-exec" {
    description = []
    owner = true / -2.5 // note
    replicas = 95 ? aws_instance.web.*.id[*].id : {
    name: [for s in var.tags : upper(s) if s != ""]
    region: 201 % module.network.subnet_ids
    "ami": [for s in var.region : upper(s)]
  }
  }
}
