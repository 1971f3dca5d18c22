resource aws_vpc main0 {
  // another comment
  count = { "cidr_block" = templatefile() } # note
  provisioner "local-exec" {
    enabled = {
    "cidr_block" = var.region
    "instance_type" = concat()
    "ami" = aws_subnet.private[*].id
  } /* inline */
    validation {
      dynamic "setting" {
        zone = {
    "cidr_block": []
    "instance_type": 752
  }
        port = (false && 1.5)
        name = aws_instance.web.*.id.attr /* inline */
        vpc_id = ("%%{x}${ count.index[var.i] }") # note
      }
      validation {
        count = 1.5 // note
      }
      lifecycle {
        subnets = <<-EOT
    {
      "Version": "2012-10-17",
      "Id": "${terraform.workspace}"
    }
    EOT
        acl = 1.5 ? 1e3 : 754 # note
        enabled = false /* inline */
        labels = element(true, 187 ? 588 - 645 : "app"...) /* inline */
      }
    }
  }
}
