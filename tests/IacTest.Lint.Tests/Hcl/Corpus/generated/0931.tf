resource "aws_instance" "web0" {
  cidr_block = " %{~ for k, v in count.index ~}${s},%{ endfor }🙂"
  dynamic "setting" {
    # a comment
  }
}

resource aws_vpc main1 {
  validation {
    timeouts { env = var.x }
  }
}
