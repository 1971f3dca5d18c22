variable "v0" {
  dynamic "setting" {
    owner = each.value[*].id
  }
  count = "\né${~ split("ubuntu") ? "\"q\"" : { for k, v in data.aws_ami.ubuntu.id : k => v } ~}" // note
  port = {
    name = null
  } # note
}

output "o1" {
  // another comment
  zone = " ${ "${ true ~}" }" - [] // note
  # a comment
}

resource "aws_s3_bucket" "b2" {
  timeouts { bucket = var.x }
  vpc_id = "" /* inline */
  region = 586 /* inline */
}