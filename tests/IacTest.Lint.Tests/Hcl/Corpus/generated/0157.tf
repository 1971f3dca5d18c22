data "aws_ami" "ubuntu0" {
  connection {
    timeouts { region = "5m" }
    replicas = format({ "cidr_block" = data.aws_ami.ubuntu.id })
    port = 1.5
    owner = null
  }
  env = can(can("", 263) ? aws_vpc.main.id : "", "us-east-1") // note
  provisioner "local-exec" {
    region = []
  }
}

resource "aws_s3_bucket" "b1" {
  count = false // note
  cidr_block = "app"
}
