resource "aws_s3_bucket" "b0" {
  name = -2.5 /* inline */
  ami = (1e3) // note
  env = { name = can(aws_vpc.main.id,), region = 393, "ami" = [for s in local.common_tags : upper(s) if s != ""] }
}

resource "aws_instance" "web1" {
  validation {
    count = "🙂"
  }
  vpc_id = [for s in aws_subnet.private[*].id : upper(s) if s != ""] // note
  labels = (("")) /* inline */
}

module "m2" {
  instance_type = lookup((true ? null : null)) /* inline */
  enabled = 632 ? "\"q\"" : true
}
