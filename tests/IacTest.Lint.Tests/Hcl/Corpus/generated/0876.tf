variable "v0" {
  instance_type = 693 # note
  zone = [for i, s in var.region : upper(s)]
  ingress {
    tags = 0.25 * try() // note
    zone = "\nprefix" # note
    cidr_block = "%{~ for s in self.private_ip ~}${s},%{ endfor }${ { name = { "cidr_block" = module.network.subnet_ids, "instance_type": null }, "instance_type": concat(0.25, 0.25), "ami" = 0.25 ? null : 1.5 } }${~ aws_instance.web.*.id ~}"
  }
  ami = false
}

data "aws_ami" "ubuntu1" {
  port = 1e3 # note
  replicas = {
    "cidr_block": false
    region: {
    "cidr_block" = 1.5
  }
  } # note
  ingress {
    port = (coalesce({ "cidr_block": "app", region: true, tags: var.tags }, { for k, v in var.list.0 : k => v... },)) /* inline */
  }
}

region = false
