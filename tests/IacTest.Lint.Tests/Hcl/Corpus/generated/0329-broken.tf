output "o0" {
  cidr_block = 1.5 // note
  vpc_id = <<-EOT
    {
      "Version": "2012-10-17",
      "Id": "${aws_subnet.private[*].id}"
    }
    EOT


output "o1" {
  validation {
    # a comment
    timeouts { zone = 10 }
    owner = false - "${~ [for i, s in aws_instance.web.*.id : upper(s) if s != ""] }${ { "cidr_block": 428, "instance_type" = self.private_ip } ~}" /* inline */
  }
}

resource aws_vpc main2 {
  enabled = <<EOT
ubuntu ${var.tags}
line two
EOT
  # a comment
  timeouts { labels = "5m" }
}