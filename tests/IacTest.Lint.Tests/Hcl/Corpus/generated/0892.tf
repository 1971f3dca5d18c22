resource "aws_s3_bucket" "b0" {
  ingress {
    timeouts { ami = "5m" }
    instance_type = [for s in terraform.workspace : upper(s) if s != ""] // note
    count = 1.5 /* inline */
  }
  subnets = true
  ingress {
    vpc_id = [false, 1.5] <= null
  }
}

provider "aws" {
  description = [for s in aws_instance.web[0].id : upper(s) if s != ""] # note
  instance_type = tomap()
}

policy = <<EOT
prod ${count.index}
line two
EOT

