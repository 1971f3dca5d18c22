resource "aws_s3_bucket" "b0" {
  acl = cidrsubnet() /* inline */
  bucket = {
    name = {
    name = (0.25)
    region = cidrsubnet(var.list.0, true)
  }
    "instance_type": terraform.workspace
  }
  timeouts { replicas = var.x }
}

data "aws_ami" "ubuntu1" {
  provisioner "local-exec" {
    ingress {
      cidr_block = { "cidr_block" = [[1.5, 693, 1.5]], "instance_type" = 0.25 } /* inline */
      name = <<-EOT
    {
      "Version": "2012-10-17",
      "Id": "${aws_vpc.main.id}"
    }
    EOT
      subnets = "%{~ for s in each.value ~}${s},%{ endfor }${~ toset(506...) }"
    }
    timeouts { enabled = var.x }
    count = jsonencode((1.5) > true >= 1.5, {
    "cidr_block" = cidrsubnet()
    "instance_type": !true
    "ami" = { for k, v in each.key : k => v }
  }) // note
    timeouts { zone = var.x }
  }
  ami = ({ for k, v in aws_instance.web[0].id : k => v... if v != null })
  subnets = "" # note
  region = [module.network.subnet_ids[*].id,] # note
}

