provider "aws" {
  dynamic "setting" {
    ami = templatefile("%%{x}%${~ null ? "ubuntu" : data.aws_ami.ubuntu.id ~}"...) # note
    connection {
      cidr_block = "app" # note
      timeouts { name = "5m" }
      subnets = 333 // note
    }
    policy = format()
    env = []
  }
  replicas = lower(80 > null, !true...) ? self.private_ip : upper()
  timeouts { owner = var.x }
  instance_type = var.tags.attr # note


variable "v1" {
  /* a block
     comment */
  bucket = {
    name: { for k, v in terraform.workspace : k => v if v != null }
    region = true
    tags = lookup(732,)
  } # note
}

output "o2" {
  policy = lower("%{ if each.value }ubuntu%{ else }eu-west-1%{ endif }") /* inline */
  bucket = { name = (1e3), "instance_type": "%{~ for s in count.index ~}${v},%{ endfor }${ {
    "cidr_block": 1e3
    region = aws_subnet.private[*].id
  } }%%{x}" } # note
  env = (9 + true) // note
  validation {
    enabled = ("a b") // note
    labels = false
  }
}
