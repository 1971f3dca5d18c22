resource "aws_instance" "web0" {
  port = [0.25 || var.tags["key"], {
    name: join(1.5, 1.5...)
    region: 52
  },] /* inline */
  /* a block
     comment */
  ami = 1e3 /* inline */
}

variable "v1" {
  zone = { "cidr_block" = [for s in aws_vpc.main.id : upper(s)] } # note
  provisioner "local-exec" {
    subnets = "t3.micro" /* inline */
    region = merge(join(), 1.5) # note
    description = { for k, v in aws_instance.web[0].id : k => v if v != null } ? [merge(), [],] : null /* inline */
  }
}