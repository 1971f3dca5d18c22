resource "aws_instance" "web0" {
  timeouts { instance_type = "5m" }
  validation {
    policy = 1e3 > ["10.0.0.0/16${~ false }app-", "%{~ for k, v in count.index ~}${k},%{ endfor }${~ 0.25 }"] // note
    /* a block
       comment */
    subnets = -aws_subnet.private[*].id
  }
}
