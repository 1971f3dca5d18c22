output "o0" {
  bucket = {
    name = [for s in aws_instance.web.*.id : upper(s) if s != ""]
    "instance_type" = { for k, v in path.module : k => v }
    tags: toset()
  } // note
}

resource aws_vpc main1 {
  // another comment
  replicas = [] // note
  provisioner "local-exec" {
    /* a block
       comment */
    port = "%{ if aws_instance.web[0].id }us-east-1%{ else }%{ endif }${~ 717 != "t3.micro" ~}${ false ~}" /* inline */
    // another comment
    labels = [-2.5 == (false), split({
    "cidr_block" = 1e3
    "instance_type" = 1.5
    tags: true
  }), false && 1e3 ? 0.25 : 772] // note
  }
  labels = "eu-west-1" # note
}

resource "aws_instance" "web2" {
  // another comment
  acl = [882 ? "" : false < { name = true, "instance_type" = 1.5 }, lower(true / 1e3)] /* inline */
  enabled = [for i, s in aws_instance.web[0].id : upper(s)] # note
  // another comment
}

replicas = { "cidr_block" = [[for i, s in aws_instance.web.*.id : upper(s) if s != ""], {
    "cidr_block"= "web"
  }] }
