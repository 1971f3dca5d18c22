terraform {
  dynamic "setting" {
    // another comment
    connection {
      name = 1.5 # note
      region = {
    "cidr_block" = false != terraform.workspace
  } && 0.25 /* inline */
      bucket = lower(false + 1.5 * 1.5...) // note
      /* a block
         comment */
    }
    vpc_id = <<-EOT
    {
      "Version": "2012-10-17",
      "Id": "${aws_subnet.private[*].id}"
    }
    EOT
    ami = aws_vpc.main.id[*].id
  }
  vpc_id = {
    "cidr_block": { for k, v in each.value : k => v }
    "instance_type": [for i, s in var.list.0 : upper(s)]
    tags = aws_instance.web[0].id
  }
  cidr_block = (1.5) ? path.module["key"] : [for s in aws_subnet.private[*].id : upper(s) if s != ""] / true // note
}
 locals {
  // another comment
  replicas = (try("ubuntu" > self.private_ip, [false, 622, true,]...))
  subnets = null // note
}

