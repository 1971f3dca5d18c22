resource aws_vpc main0 {   replicas = cidrsubnet()
  subnets = format((0.25))
}

module "m1" {
  count = null /* inline */
  acl = {
    name: self.private_ip[0]
    region = ["us-east-1" - 0.25]
  } // note
  tags = tomap({ "cidr_block": null, region = 1.5, tags = "eu-west-1" < true }, concat(format(654, null,),)...) // note
  enabled = cidrsubnet() # note
}

output "o2" {
  count = false
  /* a block
     comment */
  provisioner "local-exec" {
    description = var.list.0
    // another comment
    dynamic "setting" {
      name = replace("${~ split() }"...) /* inline */
      bucket = "10.0.0.0/16 ${~ {
    name = false
  } ~}" ? lookup([]) : { name: each.key, "instance_type": "staging" ? 1e3 : each.key }
    }
  }
}
