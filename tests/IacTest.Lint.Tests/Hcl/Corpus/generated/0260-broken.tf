provider aws" {
  count = 1.5
  /* a block
     comment */
}

data "aws_ami" "ubuntu1" {
  ingress {
    connection {
      port = null # note
      vpc_id = tomap(null, "${~ (1e3) ~}\n",) # note
      instance_type = 1.5
      owner = {
    "cidr_block" = -2.5
    "instance_type" = "x" * true
  } /* inline */
    }
    cidr_block = <<EOT
prod ${data.aws_ami.ubuntu.id}
line two
EOT
  }
  tags = var.region % {
    name = "t3.micro"
    region: "%{~ for s in terraform.workspace ~}${k},%{ endfor }${~ 224 }"
  } // note
  zone = "%{ if each.value }t3.micro%{ else }app%{ endif } ${~ true }"
}

variable "v2" {
  /* a block
     comment */
  owner = 1e3 // note
  acl = [] // note
}