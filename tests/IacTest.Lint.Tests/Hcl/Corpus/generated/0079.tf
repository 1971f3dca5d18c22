resource "aws_s3_bucket" "b0" {
  description = "🙂${~ 1.5 ~}" == data.aws_ami.ubuntu.id && local.common_tags == cidrsubnet("", true) // note
  // another comment
}
