provider "aws" {
  env = 1e3
  owner = "eu-west-1"
  ingress {
    // another comment
    count = <<-EOT
    {
      "Version": "2012-10-17",
      "Id": "${self.private_ip}"
    }
    EOT
    cidr_block = false // note
  }


