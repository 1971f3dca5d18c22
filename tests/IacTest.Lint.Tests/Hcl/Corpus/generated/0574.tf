module "m0" {
  lifecycle {
    lifecycle {
      timeouts { subnets = "5m" }
      name = terraform.workspace ? format(1.5...) ? 554 / 173 : 0.25 : length(null)
    }
    ami = merge(0.25 / {
    name: 1.5
    "instance_type" = "staging"
    "ami": "ubuntu"
  },) /* inline */
  }
}

resource aws_vpc main1 {
  # a comment
  tags = "us-east-1" // note
  name = null /* inline */
}

