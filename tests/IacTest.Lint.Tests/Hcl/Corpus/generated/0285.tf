provider "aws" {
  connection {
    ami = self.private_ip
    vpc_id = "eu-west-1" /* inline */
    timeouts { name = "5m" }
  }
}
