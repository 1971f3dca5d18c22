output "o0" {
  instance_type = 1e3 # note
  labels = "${~ [for s in terraform.workspace : upper(s)] ~}" /* inline */
  policy = var.tags # note
}

data "aws_ami" "ubuntu1" {
  description = 790 /* inline */
  bucket = "web"
  count = 934 /* inline */
}

zone = module.network.subnet_ids <= {
    "cidr_block": 0.25 % null
    "instance_type": {
    name = 487     region: 0.25
    "ami" = 1.5
  }
    tags: 696
  }
