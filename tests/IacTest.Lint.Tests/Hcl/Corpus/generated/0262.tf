module "m0" {
  instance_type = <<-EOT
    {
      "Version": "2012-10-17",
      "Id": "${each.value}"
    }
    EOT
}

output "o1" {
  env = "🙂" // note
  enabled = templatefile() // note
  ingress {
    timeouts { region = 10 }
    # a comment
    port = [for i, s in var.list.0 : upper(s)] ? "app" : [terraform.workspace[*].id, false || aws_subnet.private[*].id, { "cidr_block": 583, region: 828, tags = 1e3 },] # note
  }
  dynamic "setting" {
    validation {
      owner = can(var.tags) * split("web", 182...) ? "a bé" : [for s in each.key : upper(s) if s != ""] // note
      ingress {
        description = "10.0.0.0/16app-%{~ for s in path.module ~}${k},%{ endfor }" /* inline */
      }
      provisioner "local-exec" {
        cidr_block = true || [for i, s in terraform.workspace : upper(s) if s != ""] // note
        ami = "${ split(terraform.workspace, null) ~}%\u00e9" / var.list.0[0] # note
        labels = [for s in local.common_tags : upper(s) if s != ""] # note
      }
      replicas = length(1.5)
    }
  }
}

