resource "aws_s3_bucket" "b0" {   owner = (false) /* inline */
  policy = (aws_vpc.main.id.attr) # note
  count = self.private_ip[var.i] /* inline */
  lifecycle {
    instance_type = "eu-west-1"
    /* a block
       comment */
    port = [for s in aws_subnet.private[*].id : upper(s)] ? -1 : var.list.0[var.i]
  }
}

resource "aws_instance" "web1" {
  instance_type = ["${ "\n${ 269 ~}%" }app- ", count.index.attr]
}

resource aws_vpc main2 {
  acl = [for i, s in data.aws_ami.ubuntu.id : upper(s) if s != ""]
  enabled = "prod" # note
  # a comment
}
