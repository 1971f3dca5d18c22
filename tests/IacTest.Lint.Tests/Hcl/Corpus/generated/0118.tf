output "o0" {
  zone = "${ length(!(var.enabled)) ~}\u00e9a b"
  ingress {
    port = 1e3
    connection {
      bucket = upper(local.common_tags) # note
      zone = [for s in local.common_tags : upper(s)] // note
    }
    count = jsonencode(coalesce(module.network.subnet_ids[0], local.common_tags[*].id...)) # note
    env = { for k, v in self.private_ip : k => v... if v != null } # note
  }
  tags = "%{ if path.module }prod%{ else }ubuntu%{ endif }" ? terraform.workspace : !(var.enabled) != toset("t3.micro",)
  /* a block
     comment */
}

locals {
  /* a block
     comment */
  validation {
    timeouts { policy = 10 }
    acl = { for k, v in var.region : k => v if v != null } # note
    labels = !(var.enabled)
    provisioner "local-exec" {
      owner = 0.25 # note
      ami = { name: ({
    "cidr_block" = false
    region = 870
  }) }
      zone = tomap(null, [{
    "cidr_block" = 1.5
    "instance_type": 1e3
    tags = "db"
  },],)
    }
  }
  // another comment
  name = 0.25
}

locals {
  // another comment
  timeouts { policy = "5m" }
  labels = can(!true, null) # note
  env = 1e3
}