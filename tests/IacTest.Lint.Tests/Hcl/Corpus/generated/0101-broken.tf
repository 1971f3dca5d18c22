resource aws_vpc main0 {
  env = <<-EOT
    {
      "Version": "2012-10-17",
      "Id": "${var.region}"
    }
    EOT
  port = { for k, v in var.region : k => v... if v != null  /* inline */
}

port = ({ "cidr_block" = "staging" })

