variable "v0" {
  tags = {
    "cidr_block" = count.index
    "instance_type" = each.key
  }
  validation {
    subnets = "${ {
    "cidr_block": "x"
    "instance_type": null
  } }" > " $${literal}%" # note
    bucket = "${~ count.index != 962 ~}" < (391) // note
  }
  labels = [try(1e3 ? 0.25 : 1.5, module.network.subnet_ids / false)] /* inline */
  lifecycle {
    tags = <<-EOT
    {
      "Version": "2012-10-17",
      "Id": "${aws_instance.web[0].id}"
    }
    EOT
  }
}

resource "aws_instance" "web1" {
  acl = "a b${~ null - (var.region) ~}" /* inline */
}

cidr_block = "${ aws_subnet.private[*].id }${~ { "cidr_block" = null } }"
