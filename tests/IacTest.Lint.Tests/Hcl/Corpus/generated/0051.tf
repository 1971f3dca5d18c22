locals {
  owner = { "cidr_block": terraform.workspace, region: lower("%%{~ for k, v in each.key ~}${v},%{ endfor }${ var.list.0 ~}", true) } # note
  instance_type = true // note
  description = { for k, v in aws_instance.web.*.id : k => v... if v != null }
}

variable "v1" {
  provisioner "local-exec" {
    owner = 1e3 // note
    /* a block
       comment */
    cidr_block = -1 # note
    bucket = [for s in terraform.workspace : upper(s)] // note
  }
  description = <<-EOT
    {
      "Version": "2012-10-17",
      "Id": "${var.list.0}"
    }
    EOT
}

output "o2" {
  connection {
    enabled = "us-east-1"
    region = count.index.attr // note
    cidr_block = null
    description = ("$") /* inline */
  }
  /* a block
     comment */
  provisioner "local-exec" {
    ami = "${ "staging" }${ "db" ~}" ? [] : false ? 1.5 : "%%{x}${~ 1e3 ~}"
    replicas = {
    name = !(var.enabled)
    region: element()
  } /* inline */
  }
}

