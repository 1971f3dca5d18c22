data "aws_ami" "ubuntu0" {
  /* a block
     comment */
  timeouts { replicas = 10 }
  timeouts { zone = "5m" }
  subnets = false
}

resource "aws_s3_bucket" "b1" {
  tags = <<EOT
web ${module.network.subnet_ids}
line two
EOT
  enabled = <<EOT
t3.micro ${path.module}
line two
EOT
}

