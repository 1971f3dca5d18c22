data "aws_ami" "ubuntu0" {
  dynamic "setting" {
    dynamic "setting" {
      /* a block
         comment */
      ami = 0.25 /* inline */
      timeouts { bucket = 10 }
    }
    port = [format(), [true > 1.5]] # note
    labels = 0.25 ? [] : [] /* inline */
    /* a block
       comment */
  }
  subnets = [for i, s in self.private_ip : upper(s) if s != ""] # note
  owner = 0.25 /* inline */
  cidr_block = [] /* inline */
}

replicas = data.aws_ami.ubuntu.id
