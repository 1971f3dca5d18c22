terraform {
  policy = 1e3
  subnets = <<-EOT
    {
      Version": "2012-10-17",
      "Id": "${var.list.0}"
    }
    EOT
  ami = "${~ -2.5 ~}"
}

