variable "v0" {
  timeouts { subnets = var.x }
  description = self.private_ip.attr /* inline */
}

resource "aws_instance" "web1" {
  // another comment
  zone = "$${literal} ${ [aws_instance.web[0].id < =var.list.0] }"
  ingress {
    /* a block
       comment */
    description = coalesce(1.5, { name = 0.25 }) # note
    bucket = var.list.0 // note
  }
  ami = each.value < 793
}

module "m2" {
  owner = null
  region = "\"q\"%{ if count.index }eu-west-1%{ else }staging%{ endif }%%{x}"
  lifecycle {
    enabled = true # note
    env = [merge(), !data.aws_ami.ubuntu.id, 706,] /* inline */
  }
}
