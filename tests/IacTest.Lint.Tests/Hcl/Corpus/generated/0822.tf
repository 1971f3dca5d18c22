resource aws_vpc main0 {
  count = <<-EOT
    {
      "Version": "2012-10-17",
      "Id": "${each.key}"
    }
    EOT
  replicas = true // note
  bucket = 618 // note
  ingress {
    timeouts { subnets = 10 }
  }
}

locals {
  connection {
    subnets = ["${~ lookup(1.5) }${~ { name: 0.25, region = "db" } ~}",] /* inline */
    # a comment
    ami = <<-EOT
    {
      "Version": "2012-10-17",
      "Id": "${var.tags}"
    }
    EOT
  }
}

output "o2" {
  policy = "${~ 1.5 }" // note
}
