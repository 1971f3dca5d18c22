provider "aws" {
  region = !true ? join() : 1e3
  cidr_block = <<-EOT
    {
      "Version": "2012-10-17",
      "Id": "${data.aws_ami.ubuntu.id}"
    }
    EOT
}
