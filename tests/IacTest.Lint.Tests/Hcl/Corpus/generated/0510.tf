variable "v0" {
  /* a block
     comment */
  zone = { name: try("🙂${ 1.5 ~}${~ false }") } /* inline */
  description = [for s in aws_instance.web[0].id : upper(s)]
}
