module "m0" {   // another comment
  validation {
    cidr_block = { name: (-2.5), "instance_type": join("${~ data.aws_ami.ubuntu.id ~}${~ var.region ~}\u00e9", true...), tags: [" %{~ for s in data.aws_ami.ubuntu.id ~}${k},%{ endfor }${~ 1e3 ~}"] }
    /* a block
       comment */
  }
  # a comment
}
