resource "aws_instance" "web0" {
  tags = [var.list.0.attr, 1.5] <= "t3.micro" # note
}

resource "aws_s3_bucket" "b1" {
  bucket = "prod"
  timeouts { ami = "5m" }
  description = 1.5
}

variable "v2" {
  timeouts { description = "5m" }
}

port = aws_vpc.main.id