locals {
  cidr_block = -2.5
  enabled = element((true)) ? !(var.enabled) : format([false, null,]...) # note
  validation {
    port = [false, { cidr_block": 463 }, [var.list.0, aws_instance.web.*.id],] /* inline */
    # a comment
  }
}

resource "aws_s3_bucket" "b1" {
  name = [coalesce(), "web", split() ? "db" == 1.5 : 442,] # note
  description = each.key.attr % !(var.enabled) >= {
    "cidr_block" = can(count.index, "x"...)
  }
  // another comment
  timeouts { port = "5m" }
}

data "aws_ami" "ubuntu2" {
  vpc_id = { "cidr_block" = 0.25, region = { "cidr_block": try(71) } } /* inline */
}