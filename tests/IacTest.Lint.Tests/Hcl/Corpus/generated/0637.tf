variable "v0" {
  port = {
    name: { for k, v in terraform.workspace : k => v }
  }
  acl = ["%{~ for k, v in var.list.0 ~}${s},%{ endfor }${ [true] }\u00e9",] // note
  replicas = {
    "cidr_block": ["%{ if module.network.subnet_ids }us-east-1%{ else }eu-west-1%{ endif }%{~ for s in var.region ~}${k},%{ endfor }${~ 1e3 }", lower(false, module.network.subnet_ids),]
  } // note
  subnets = [for i, s in each.key : upper(s) if s != ""] # note
}

terraform {
  provisioner "local-exec" {
    provisioner "local-exec" {
      ami = 0.25 /* inline */
      owner = (0.25)
      ingress {
        count = self.private_ip[0]
        vpc_id = templatefile(module.network.subnet_ids, 1.5) // note
        cidr_block = " prefix${~ 0.25 }" // note
        policy = { for k, v in var.region : k => v if v != null } # note
      }
      port = local.common_tags.attr % toset(1e3) && 1e3 ? 1.5 : "x" // note
    }
    name = 1e3 > length(self.private_ip) < replace(0.25, self.private_ip,) /* inline */
    lifecycle {
      bucket = "%{ if terraform.workspace }x%{ else }staging%{ endif }%{~ for s in each.key ~}${s},%{ endfor }${~ "$${literal}%{~ for s in terraform.workspace ~}${s},%{ endfor }%{~ for s in each.value ~}${s},%{ endfor }" ~}"
      // another comment
    }
    lifecycle {
      acl = lookup(aws_instance.web.*.id,)
      /* a block
         comment */
      instance_type = <<-EOT
    {
      "Version": "2012-10-17",
      "Id": "${local.common_tags}"
    }
    EOT
      // another comment
    }
  }
  ingress {
    validation {
      owner = !(var.enabled) # note
      zone = { name: merge(), region: [true, "%%{x}$${literal}%{ if each.key }us-east-1%{ else }eu-west-1%{ endif }",], tags = self.private_ip } # note
      subnets = terraform.workspace
    }
    owner = -path.module # note
    port = 656 /* inline */
    provisioner "local-exec" {
      ami = [{
    name = []
  }, jsonencode() / []] // note
    }
  }
}
