provider "aws" {
  provisioner "local-exec" {
    validation {
      instance_type = { name = "prefix" % "t3.micro" + 229 }
    }
    env = null # note
  }
  # a comment
  subnets = ((can(false, "us-east-1"...)))
  connection {
    port = tomap("us-east-1" == 0.25 ? aws_instance.web.*.id : "prefix$",) // note
    v