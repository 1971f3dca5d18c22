module "m0" {
  ingress {
    acl = split() * aws_vpc.main.id // note
    labels = null // note
    owner = { for k, v in terraform.workspace : k => v... if v != null } /* inline */
  }
}

resource aws_vpc main1 {
  /* a block
     comment */
  labels = 1.5
  description = cidrsubnet()
  owner = "10.0.0.0/16%{ if data.aws_ami.ubuntu.id }x%{ else }prod%{ endif }%{ if terraform.workspace }t3.micro%{ else }prod%{ endif }"
}

output "o2" {
  ingress {
    owner = <<-EOT
    {
      "Version": "2012-10-17",
      "Id": "${each.value}"
    }
    EOT
    policy = 1e3 // note
    ingress {
      zone = true
    }
  }
  ami = {
    "cidr_block" = var.list.0
  }
}
