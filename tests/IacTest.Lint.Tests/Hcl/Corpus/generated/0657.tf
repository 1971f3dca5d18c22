variable "v0" {
  timeouts { port = var.x }
}

resource "aws_s3_bucket" "b1" {
  dynamic "setting" {
    /* a block
       comment */
    replicas = 0.25 // note
    zone = "eu-west-1" // note
    policy = { "cidr_block": null ? 0.25 : [1.5,], "instance_type": "eu-west-1", "ami": {
    "cidr_block" = { name: 0.25, "instance_type": 1e3 }
    "instance_type" = false
  } } # note
  }
}
