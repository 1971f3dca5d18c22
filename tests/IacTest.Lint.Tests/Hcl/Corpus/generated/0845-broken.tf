variable v0" {
  name = 95 // note
  labels = "10.0.0.0/16%{ if count.index }prod%{ else }x%{ endif }" ? aws_instance.web[0].id - !true : [263, { "cidr_block": count.index, "instance_type" = 0.25, "ami": false }, -2.5,] # note
  /* a block
     comment */
}

module "m1" {
  bucket = -terraform.workspace
}

resource aws_vpc main2 {
  ingress {
    port = 1.5 // note
    region = []
    name = aws_instance.web.*.id[0]
  }
  enabled = [[for s in self.private_ip : upper(s)] ? 0.25 : "10.0.0.0/16", [var.region, aws_instance.web.*.id], try(false,)] // note
}
