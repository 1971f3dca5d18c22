data "aws_ami" "ubuntu0" {
  timeouts { tags = 10 }
  instance_type = 1e3 # note
}

variable "v1" {
  provisioner "local-exec" {
    vpc_id = "%{ if self.private_ip }x%{ else }eu-west-1%{ endif }${~ [] ~}%{ if aws_instance.web.*.id }prod%{ else }x%{ endif }" # note
    region = <<-EOT
    {
      "Version": "2012-10-17",
      "Id": "${var.region}"
    }
    EOT
  }
  # a comment
  bucket = !true // note
  vpc_id = 0.25 # note
}
