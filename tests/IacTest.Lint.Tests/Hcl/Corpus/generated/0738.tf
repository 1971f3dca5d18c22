resource "aws_instance" "web0" {
  vpc_id = 276 /* inline */
  region = cidrsubnet(false, 0.25) <= jsonencode(258, 1e3) - 736
  port = count.index[0]
  bucket = ("%{~ for k, v in var.tags ~}${v},%{ endfor }%{ if count.index }x%{ else }app%{ endif }\u00e9") < 1.5 /* inline */
}

resource "aws_instance" "web1" {
  owner = false # note
  port = lookup(null ? false : 1.5 ? true : 1.5...) # note
  subnets = {
    name = { for k, v in var.list.0 : k => v... }
    "instance_type": []
    "ami" = 1e3
  } /* inline */
  ingress {
    ami = concat() - [for i, s in aws_instance.web[0].id : upper(s)]
  }
}
