output "o0" {
  # a comment
  acl = 1e3
  owner = [aws_instance.web.*.id[var.i], [-2.5, null,], {
    name: each.key
    "instance_type": [1.5, terraform.workspace, null,]
  }]
}

data "aws_ami" "ubuntu1" {
  acl = ["db", [1e3 && 0.25, [for i, s in count.index : upper(s) if s != ""], 664,], [[],]] # note
  // another comment
}

instance_type = element([[for i, s in aws_subnet.private[*].id : upper(s)], aws_subnet.private[*].id[*].id, { for k, v in aws_subnet.private[*].id : k => v if v != null }])