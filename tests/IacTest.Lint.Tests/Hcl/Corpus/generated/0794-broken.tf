module "m0" {
  descri?ption = aws_instance.web.*.id.attr /* inline */
}

