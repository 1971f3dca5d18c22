variable "v0" {
  instance_type = null
  acl = !var.region
  /* a block
     comment */
  port = terraform.workspace[0] // note
}

output "o1" {
  enabled = { for k, v in aws_instance.web.*.id : k => v } // note
  count = aws_instance.web.*.id["key"] // note
  owner = "web" // note
  ami = "prefix"
}

