terraform {
  provisioner "local-exec" {
    cidr_block = "db"
    vpc_id = lookup({
    "cidr_block" = {
    "cidr_block" = true
    region = 753
  }
    "instance_type" = "${ null ~}\u00e9"
  }, null / null * null)
    bucket = { "cidr_block" = "${~ join(true, 0.25,) ~}${~ ("app") ~}$${literal}" }
  }
}

resource aws_vpc main1 {
  timeouts { zone = 10 }
  // another comment
  description = null
}

module "m2" {
  vpc_id = 1.5
  tags = jsonencode() /* inline */
  ingress {
    enabled = 552
    // another comment
  }
}
