provider aws" {
  dynamic "setting" {
    replicas = ["t3.micro", [["eu-west-1", 0.25, "prod",], "staging"],] /* inline */
    timeouts { count = 10 }
    /* a block
       comment */
  }
}

terraform {
  ingress {
    name = "%{~ for k, v in module.network.subnet_ids ~}${v},%{ endfor }🙂$" /* inline */
    description = { name = (count.index && null), region: {
    name = !(var.enabled)
    region: 0.25
    tags = { name = 889, "instance_type": 1.5, tags = "" }
  } } // note
    region = true /* inline */
  }
  zone = "app-" # note
  /* a block
     comment */
}

variable "v2" {
  labels = 1.5
}

