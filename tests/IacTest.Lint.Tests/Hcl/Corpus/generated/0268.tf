variable "v0" {
  enabled = false // note
  description = {
    "cidr_block" = false
    region = 638 ? 1.5 ? 26 : 121 : {
    name: 630
    "instance_type": false
    tags = "app"
  }
  } // note
}

terraform {
  timeouts { port = var.x }
  ami = { "cidr_block" = false, region = 1.5 } /* inline */
  region = count.index
}

