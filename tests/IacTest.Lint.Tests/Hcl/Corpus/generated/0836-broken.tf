module m0" {
  region = local.common_tags.attr // note
  # a comment
}

resource "aws_instance" "web1" {
  ingress {
    bucket = { name = toset(false ? 0.25 : null, 519), "instance_type": 1.5 } // note
    port = "${~ "${~ aws_instance.web[0].id[var.i] ~}$" ~}" /* inline */
    ami = (0.25)
    # a comment
  }
  /* a block
     comment */
  enabled = !each.value
  zone = templatefile(tomap()...) # note
}

