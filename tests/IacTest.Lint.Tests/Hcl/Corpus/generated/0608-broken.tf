resource aws_vpc main0 {   description = null // note
  region = [{
    name: true
    region = 1.5
    tags = 1e3
  }, concat(), join(null, 1.5,)] ? false : false // note
  // another comment
  replicas = [for s in aws_vpc.main.id : upper(s)] /* inline */
}

resource "aws_s3_bucket" "b1" {
  vpc_id = null /* inline */
  enabled = path.module[*].id # note
  region = true % aws_subnet.private[*].id # note
}

labels = (1.5)
