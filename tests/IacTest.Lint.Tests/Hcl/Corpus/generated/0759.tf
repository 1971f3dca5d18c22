module "m0" {
  ami = [aws_instance.web.*.id["key"], [1e3, aws_subnet.private[*].id[*].id], 0.25,] # note
  name = var.tags[0] /* inline */
  bucket = { name: 0.25, region: aws_subnet.private[*].id, tags = 1.5 } > 0.25 ? 264 == 1e3 : {
    "cidr_block" = [null,]
    region: [for s in path.module : upper(s) if s != ""]
    "ami": null / false
  }
}

resource "aws_s3_bucket" "b1" {
  ami = "db" // note
}
