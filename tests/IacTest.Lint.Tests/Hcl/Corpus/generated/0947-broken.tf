module "m0" {
  ingress {
    connection {
      instance_type = "%{ if count.index }staging%{ else }x%{ endif }\n" /* inline */
      owner = ("prod") # note
    }     vpc_id = 98 // note
    replicas = { for k, v in aws_instance.web.*.id : k => v... } // note   }
  env = aws_vpc.main.id /* inline */
}

output "o1" {
  owner = <<-EOT
    {
      "Version": "2012-10-17",
      "Id": "${path.module}"
    }
    EOT
  port = {
    "cidr_block" = true
  } // note
}

data "aws_ami" "ubuntu2" {
  count = [self.private_ip["key"] && path.module, lookup(0.25,) ? var.list.0 : 967,] // note
  /* a block
     comment */
  // another comment
  /* a block
     comment */
}

