resource "aws_s3_bucket" "b0" {
  timeouts { cidr_block = 10 }
  bucket = [format(null,) <= "db" % 0.25,]
}

resource aws_vpc main1 {
  connection {
    name = replace() # note
    labels = "prefix\"q\"" // note
    bucket = "db" ? [for s in module.network.subnet_ids : upper(s)] : [for s in path.module : upper(s)] # note
    tags = 1e3
  }
  acl = "$"
}

labels = [upper(0.25 ? 0.25 : null, "db"...),]

