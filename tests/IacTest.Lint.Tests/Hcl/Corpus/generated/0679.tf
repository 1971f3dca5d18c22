variable "v0" {
  replicas = (count.index.attr) # note
  ami = [[]] // note
  subnets = {
    name = "%{ if var.region }db%{ else }us-east-1%{ endif }é"
    "instance_type": "\n%%{x}"
  } // note
}

resource "aws_s3_bucket" "b1" {
  region = each.key[*].id
  enabled = 0.25
}

