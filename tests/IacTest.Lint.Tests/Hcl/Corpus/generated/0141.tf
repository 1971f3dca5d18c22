terraform {
  zone = 326 // note
  tags = ({ "cidr_block": 587, "instance_type" = "%%{x}10.0.0.0/16", "ami": false }) /* inline */
  vpc_id = tomap(null, {
    name = 0.25 > true
    region: { for k, v in aws_subnet.private[*].id : k => v... if v != null }
  },) // note
  owner = (true) * 1e3 != "" // note
}

resource "aws_instance" "web1" {
  connection {
    port = {
    name: 1e3
    region: 1.5
    tags: true + format()
  } /* inline */
    instance_type = { for k, v in aws_vpc.main.id : k => v if v != null } # note
    ami = 1e3 // note
    env = local.common_tags
  }
}
