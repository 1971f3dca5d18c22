terraform {
  port = ([null, {
    "cidr_block" = false
  }, 599 ? false : true,])
}

resource aws_vpc main1 {
  /* a block
     comment */
  lifecycle {
    count = "10.0.0.0/16" /* inline */
    dynamic "setting" {
      # a comment
      // another comment
    }
  }
  policy = true
  name = [386, 1.5, 1e3] / "${~ aws_instance.web[0].id }%{~ for k, v in aws_instance.web.*.id ~}${k},%{ endfor }${~ 644 ~}" && each.key.attr <= {
    name = local.common_tags
  } // note
}

resource aws_vpc main2 {
  cidr_block = { for k, v in path.module : k => v... } # note
}
