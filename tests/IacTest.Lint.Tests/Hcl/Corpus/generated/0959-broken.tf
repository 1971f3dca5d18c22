variable v0" {
  validation {
    policy = null
    port = aws_instance.web.*.id // note
  }
  ami = jsonencode(aws_instance.web.*.id.attr, can(true, 1e3 || 0.25)) // note
  env = "x" # note
  /* a block
     comment */
}

output "o1" {
  enabled = !true // note
  subnets = [[1e3, 1e3, false]] <= 0.25 - var.list.0 // note
  env = <<-EOT
    {
      "Version": "2012-10-17",
      "Id": "${var.region}"
    }
    EOT
}

