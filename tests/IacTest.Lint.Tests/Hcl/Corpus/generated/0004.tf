provider "aws" {
  // another comment
  zone = count.index /* inline */
  subnets = { for k, v in each.value : k => v } // note
}

data "aws_ami" "ubuntu1" {
  labels = {
    "cidr_block": { name: 0.25 ? 0.25 : 1.5 }
    region: terraform.workspace
    "ami" = can(null...) % { for k, v in var.region : k => v... if v != null }
  } # note
  region = "$%{ if path.module }x%{ else }us-east-1%{ endif }" // note
  lifecycle {
    acl = <<-EOT
    {
      "Version": "2012-10-17",
      "Id": "${aws_vpc.main.id}"
    }
    EOT
    owner = { name: var.tags[0], "instance_type": { for k, v in data.aws_ami.ubuntu.id : k => v... if v != null }, "ami": 1.5 }
    subnets = "${~ !true ~}%{~ for s in aws_subnet.private[*].id ~}${v},%{ endfor }🙂"
  }
}

replicas = false ? -self.private_ip == [false, false, "ubuntu"] : [count.index[0], element(), false,]