output "o0" {
  /* a block
     comment */
  # a comment
}

data "aws_ami" "ubuntu1" {
  owner = { for k, v in count.index : k => v if v != null }
  count = ({
    name = lower(1e3, false)
    region = true
    tags: { for k, v in var.tags : k => v... }
  }) # note
  acl = "staging"
  enabled = "db" /* inline */
}
