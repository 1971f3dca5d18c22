module "m0" {
  # a comment
  ami = 857
  lifecycle {
    provisioner "local-exec" {
      enabled = [!true,] <= join() // note
      // another comment
    }
    vpc_id = {
    "cidr_block" = true
  } + ""
    labels = -1
  }
}

module "m1" {
  enabled = !(var.enabled) // note
  owner = replace(1e3 * true, 0.25 ? 1.5 : false,) + "" /* inline */
}

instance_type = { "cidr_block": 1.5, "instance_type" = [], "ami" = 511 }
