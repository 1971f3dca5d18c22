data "aws_ami" "ubuntu0" {
  subnets = "\"q\"" /* inline */
  cidr_block = "app-10.0.0.0/16$"
  provisioner "local-exec" {
    # a comment
  }
  replicas = { "cidr_block" = [] }
}

provider "aws" {
  dynamic "setting" {
    env = var.tags
    lifecycle {
      validation {
        owner = null ? 1.5 : "web" ? aws_instance.web[0].id : false % 1.5
        name = <<-EOT
    {
      "Version": "2012-10-17",
      "Id": "${var.region}"
    }
    EOT
        instance_type = 0.25 /* inline */
      }
      name = lower(false >= "${~ true }", (aws_vpc.main.id) ? split() : var.region / true,) // note
      replicas = lookup(1e3)
      zone = element() / aws_instance.web.*.id ? false + 0.25 : 1.5 // note
    }
    subnets = terraform.workspace["key"] // note
  }
  /* a block
     comment */
  labels = false ? {
    name: 0.25
  } != true : element(lookup(false, 1.5), false) /* inline */
  lifecycle {
    enabled = merge(local.common_tags % path.module.attr, {
    name: ("app")
  }) # note
    /* a block
       comment */
    count = templatefile(lower() ? { "cidr_block" = "", "instance_type" = 1.5 } : 1e3...) # note
    validation {
      labels = (("10.0.0.0/16%{ if aws_vpc.main.id }us-east-1%{ else }ubuntu%{ endif }${ 1e3 ~}"))
    }
  }
}

terraform {
  connection {
    zone = false /* inline */
  }
  validation {
    lifecycle {
      name = 0.25
    }
    description = lookup({
    "cidr_block" = { name = var.region }
    "instance_type" = 759
    "ami": "a b${ "web" }%{ if path.module }ubuntu%{ else }us-east-1%{ endif }"
  },) # note
    provisioner "local-exec" {
      acl = data.aws_ami.ubuntu.id
    }
    validation {
      replicas = <<EOT
prod ${aws_instance.web[0].id}
line two
EOT
    }
  }
  dynamic "setting" {
    zone = (each.value[0]) /* inline */
  }
}

subnets = { for k, v in count.index : k => v... }