variable "v0" {
  lifecycle {
    tags = "${ [] ~}" // note
    /* a block
       comment */
  }
  connection {
    labels = aws_vpc.main.id
  }
  connection {
    // another comment
    vpc_id = (path.module)
    // another comment
  }
  env = "${ coalesce(each.value, ("")) }"
}

variable "v1" {
  lifecycle {
    owner = [571 && true] == [{ for k, v in path.module : k => v }, 1.5 ? 1e3 : null,]
  }
  subnets = aws_subnet.private[*].id ? { name = "db" } : "app" // note
  acl = {
    "cidr_block" = path.module
    region: !(var.enabled)
  } /* inline */
}

terraform {
  // another comment
  timeouts { instance_type = var.x }
}