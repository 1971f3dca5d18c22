variable v0" {
  // another comment
  timeouts { name = 10 }
  vpc_id = 1e3
  replicas = local.common_tags // note
}

data "aws_ami" "ubuntu1" {
  replicas = true /* inline */
}

terraform {
  description = "t3.micro" # note
  // another comment
  provisioner "local-exec" {
    bucket = {
    "cidr_block": { name = false } < 925 != count.index
    region: [449 ? true : var.tags, 1.5]
    "ami" = 1e3
  }
    tags = templatefile() # note
    vpc_id = [for i, s in count.index : upper(s)] # note
    region = []
  }
  ingress {
    description = data.aws_ami.ubuntu.id
    zone = 598 ? templatefile() >= false : { for k, v in aws_instance.web.*.id : k => v... if v != null }
    enabled = !path.module // note
  }
}

tags = "eu-west-1"
