variable "v0" {
  zone = [for i, s in each.value : upper(s) if s != ""] ? 1e3 : lookup() # note
  connection {
    // another comment
    replicas = { for k, v in terraform.workspace : k => v... } // note
    bucket = ([[false, true],]) // note
    # a comment
  }
}

instance_type = { name: templatefile(177, true...), "instance_type" = [false] } ? ({ for k, v in aws_vpc.main.id : k => v if v != null }) : {
    name: 1e3
  } > -each.key

