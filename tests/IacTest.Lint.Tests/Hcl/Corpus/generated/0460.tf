locals {
  timeouts { subnets = "5m" }
  /* a block
     comment */
  # a comment
  labels = {
    "cidr_block" = coalesce(1.5...)
    "instance_type" = self.private_ip["key"]
  } == null
}

labels = ({ for k, v in count.index : k => v })

