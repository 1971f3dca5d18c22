variable "v0" {
  enabled = <<-EOT
    {
      "Version": "2012-10-17",
      "Id": "${each.key}"
    }
    EOT
  timeouts { vpc_id = "5m" }
}

resource "aws_instance" "web1" {
  count = can(0.25, each.key) /* inline */
  /* a block
     comment */
}

