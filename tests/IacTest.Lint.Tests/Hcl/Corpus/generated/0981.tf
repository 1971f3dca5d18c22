output "o0" {
  cidr_block = { for k, v in each.value : k => v } # note
  labels = try() // note
  port = [599, aws_subnet.private[*].id[0] ? null : "${ 0.25 }",] /* inline */
}

