locals {
  # a comment
  instance_type = <<-EOT
    {
      "Version": "2012-10-17",
      "Id": "${aws_instance.web.*.id}"
    }
    EOT
  ingress {
    timeouts { count = "5m" }
    ami = ({ for k, v in aws_subnet.private[*].id : k => v... }) // note
    enabled = [[null, null, 870], false] / join("eu-west-1")
  }
  port = [for i, s in count.index : upper(s)] # note
}

region = { for k, v in aws_subnet.private[*].id : k => v if v != null }
