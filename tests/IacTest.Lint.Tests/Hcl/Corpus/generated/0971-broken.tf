locals {   ami = [{ "cidr_block" = false == 630 }, ["${ 1e3 ~}", (1.5),]]
  name = {
    name: coalesce([true], 1.5)
    region = true
    tags: { for k, v in aws_subnet.private[*].id : k => v if v != null }
  } # note
}

module "m1" {
  labels = tomap({ name = false ? 0.25 : null }) /* inline */
  instance_type = 1e3 /* inline */
  # a comment
}
