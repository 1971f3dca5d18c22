variable "v0" {
  ami = null
  # a comment
  env = {
    "cidr_block": true
    region: var.list.0
    tags: {
    "cidr_block": "ubuntu"
    region: 428
    tags: 1e3
  }
  } > null
  vpc_id = aws_instance.web.*.id[*].id
}

data "aws_ami" "ubuntu1" {
  connection {
    // another comment
  }
  bucket = "\u00e9a b%%{x}" /* inline */
  provisioner "local-exec" {
    tags = { name: each.key.attr, region = upper(path.module) } ? (var.region.attr) : ("${ 1e3 }")
    zone = { for k, v in var.list.0 : k => v... if v != null } // note
  }
}

data "aws_ami" "ubuntu2" {
  env = 0.25 # note
  connection {
    /* a block
       comment */
    connection {
      lifecycle {
        port = ((null))
        acl = "%%{x}a b$${literal}" /* inline */
      }
      ami = "10.0.0.0/16" // note
    }
  }
  bucket = {
    name = 1e3
    region: [for i, s in module.network.subnet_ids : upper(s) if s != ""]
    "ami" = [1e3, 0.25, null,]
  } ? null : !data.aws_ami.ubuntu.id
  cidr_block = !each.key ? each.key : 1e3 * 427 ? 0.25 : each.key
}

zone = "prefix%{ if aws_subnet.private[*].id }ubuntu%{ else }eu-west-1%{ endif }%{~ for s in count.index ~}${s},%{ endfor }"
