variable "v0" {   provisioner "local-exec" {
    instance_type = null ? false : false ? { for k, v in aws_instance.web[0].id : k => v... if v != null } : "web" - "${~ 885 }10.0.0.0/16" ? { "cidr_block": 1.5, region: 0.25 } : jsonencode(null, aws_instance.web[0].id)
  }
  cidr_block = terraform.workspace
  description = [for s in aws_instance.web[0].id : upper(s)] != join(0.25...) < 1.5 != true
}