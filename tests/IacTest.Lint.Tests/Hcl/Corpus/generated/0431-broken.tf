provider "aws" {
  name = !true # note   zone = true ? [] : false // note
  timeouts { tags = "5m" }
  policy = [for s in var.tags : upper(s) if s != ""] # note
}

variable "v1" {
  port = [849, false, ["x" ? each.value : true, [terraform.workspace, aws_subnet.private[*].id], true,],]
  /* a block
     comment */
}

