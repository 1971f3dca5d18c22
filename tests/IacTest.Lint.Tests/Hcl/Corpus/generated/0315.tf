module "m0" {
  /* a block
     comment */
  dynamic "setting" {
    bucket = [for i, s in terraform.workspace : upper(s)] # note
    owner = 421
    cidr_block = 0.25 /* inline */
  }
}

data "aws_ami" "ubuntu1" {
  instance_type = [upper(null, 990) / 0.25, "%{ if data.aws_ami.ubuntu.id }us-east-1%{ else }%{ endif }\u00e9" ? null + false : "\u00e9🙂%{~ for k, v in terraform.workspace ~}${v},%{ endfor }"] # note
  region = []
}

resource "aws_instance" "web2" {
  region = [for s in local.common_tags : upper(s)] # note
  instance_type = !true
  zone = {
    name = 1.5
    "instance_type": [for i, s in var.tags : upper(s)]
    tags = 1e3
  }
  port = "%{~ for k, v in path.module ~}${k},%{ endfor }" /* inline */
}
