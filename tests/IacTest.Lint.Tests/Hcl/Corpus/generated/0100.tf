variable "v0" {
  bucket = aws_vpc.main.id /* inline */
}

data "aws_ami" "ubuntu1" {
  count = <<-EOT
    {
      "Version": "2012-10-17",
      "Id": "${self.private_ip}"
    }
    EOT
}
