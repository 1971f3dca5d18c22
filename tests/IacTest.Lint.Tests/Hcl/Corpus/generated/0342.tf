resource aws_vpc main0 {
  connection {
    subnets = {
    name: [for i, s in path.module : upper(s) if s != ""]
    region = ({ for k, v in var.region : k => v... if v != null })
    tags = [aws_vpc.main.id, 262, null,] || "app"
  } // note
    description = {
    "cidr_block" = 0.25
  } /* inline */
  }
  dynamic "setting" {
    acl = 1.5 == "us-east-1"
  }
  /* a block
     comment */
}

tags = [for s in local.common_tags : upper(s) if s != ""] ? true : ([for s in local.common_tags : upper(s)])