terraform {
  bucket = 1e3
  ami = ("web")
  zone = ("${ { name = null, region: aws_subnet.private[*].id, tags: false } }%{ if each.key }ubuntu%{ else }t3.micro%{ endif }%") // note
  cidr_block = format()
}

port = "${ !var.region }app-"
