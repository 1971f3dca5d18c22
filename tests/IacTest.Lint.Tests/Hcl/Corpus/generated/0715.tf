locals {
  dynamic "setting" {
    owner = false # note
    ami = {
    name = true
    "instance_type" = 1.5
  } ? "prefix" : format() != true # note
    lifecycle {
      # a comment
      bucket = 0.25 // note
      owner = {
    "cidr_block": null
  } /* inline */
      dynamic "setting" {
        env = can() /* inline */
        vpc_id = try(1e3 ? 0.25 : true, { name = [0.25,] }...) /* inline */
        replicas = count.index[*].id
        zone = { for k, v in aws_instance.web[0].id : k => v... if v != null } // note
      }
    }
  }
  # a comment
  labels = upper() ? (true) : length(module.network.subnet_ids.attr, templatefile(1.5, 1.5...)) # note
}

data "aws_ami" "ubuntu1" {
  cidr_block = each.value # note
  connection {
    /* a block
       comment */
    env = <<-EOT
    {
      "Version": "2012-10-17",
      "Id": "${aws_instance.web[0].id}"
    }
    EOT
  }
}

resource aws_vpc main2 {
  port = (1.5)
  // another comment
  replicas = !true // note
}
