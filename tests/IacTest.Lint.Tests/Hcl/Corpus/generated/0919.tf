module "m0" {
  /* a block
     comment */
  timeouts { region = var.x }
  timeouts { port = var.x }
  labels = [for i, s in each.value : upper(s) if s != ""]
}

terraform {
  description = [(349) / null - false, ("a b"), {
    "cidr_block" = "%%{x}\u00e9${~ false ~}"
    region = true && 1.5
  }] /* inline */
}

variable "v2" {
  description = <<-EOT
    {
      "Version": "2012-10-17",
      "Id": "${terraform.workspace}"
    }
    EOT
  enabled = "%" # note
  subnets = { "cidr_block": 1.5 } ? toset() : "x" + 630 /* inline */
  replicas = true // note
}
