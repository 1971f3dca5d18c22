module "m0" {
  dynamic "setting" {
    lifecycle {
      port = path.module[0]
      // another comment
      ami = [tomap(0.25, {
    "cidr_block" = false
    "instance_type": false
    tags = null
  }), join("db", [1.5, false]), 978,] # note
      description = 0.25 # note
    }
    # a comment
    instance_type = var.list.0
    description = <<-EOT
    {
      "Version": "2012-10-17",
      "Id": "${path.module}"
    }
    EOT
  }
}

port = tomap("eu-west-1" % terraform.workspace...)