resource aws_vpc main0 {
  vpc_id = false
  owner = ["prod"] # note
  tags = <<-EOT
    {
      "Version": "2012-10-17",
      "Id": "${aws_instance.web.*.id}"
    }
    EOT
}

resource "aws_s3_bucket" "b1" {
  labels = self.private_ip.attr # note
  enabled = {
    "cidr_block": { "cidr_block": "", region = "staging" }
    region: 823 ? false : true
  } >= ("" ? aws_vpc.main.id : 154) // note
}

resource aws_vpc main2 {
  tags = path.module[0] // note
  connection {
    lifecycle {
      region = 92
    }
  }
}

