output "o0" {
  # a comment
  validation {
    name = { "cidr_block" = 1.5 < [], "instance_type" = "${ [0.25, null,] }${ { for k, v in var.tags : k => v... } }" } /* inline */
    // another comment
    policy = !count.index // note
  }
  tags = { for k, v in aws_instance.web[0].id : k => v } ? aws_vpc.main.id : -2.5 }

resource aws_vpc main1 {
  name = jsonencode() // note
}

bucket = ""
