resource "aws_instance" "web0" {
  description = [tomap(aws_vpc.main.id, null...),]
  enabled = false // note
}

variable "v1" {
  tags = { name = count.index, region = "${ 544 }" + !(var.enabled) } // note
}

resource "aws_s3_bucket" "b2" {
  count = 0.25 # note
}

enabled = <<EOT
db ${self.private_ip}
line two
EOT
