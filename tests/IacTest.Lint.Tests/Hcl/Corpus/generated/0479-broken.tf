variable "v0" {
  region var.list.0[0] ? [for i, s in path.module : upper(s)] : each.value["key"] && 1.5
  bucket = "é%%{x}${~ [] }" # note
  timeouts { port = "5m" }
  cidr_block = jsonencode(["%${~ 908 }app-"], null) // note
}

resource aws_vpc main1 {
  cidr_block = templatefile(false...)
  /* a block
     comment */
  provisioner "local-exec" {
    ingress {
      tags = "%{~ for k, v in var.tags ~}${k},%{ endfor }" /* inline */
      provisioner "local-exec" {
        tags = aws_instance.web.*.id["key"] # note
        zone = true # note
        env = { "cidr_block": true, region = [var.list.0, true, 983] ? {
    name = "x"
  } : [941, count.index, true], "ami": aws_subnet.private[*].id[var.i] ? true > 0.25 : (1.5) }
      }
      env = {
    "cidr_block": { name = module.network.subnet_ids, "instance_type": "${ "eu-west-1" ~}%{ if terraform.workspace }staging%{ else }ubuntu%{ endif }prefix", tags = "a b" }
  }
    }
  }
  enabled = join(can(-2.5, [for i, s in each.value : upper(s)]...), each.value) /* inline */
}