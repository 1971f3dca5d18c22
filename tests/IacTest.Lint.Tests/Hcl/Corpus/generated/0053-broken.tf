terraform {
  // another comment
  zone = " "
  validation {
    policy = "t3.micro"
  }
  /* a block
     comment */
}

variable "v1" {
  ami = local.common_tags[var.i] // note
  zone = "\n%{ if var.region }web%{ else }x%{ endif }"
}

provider "aws" {
  /* a block
     comment */
  lifeycle {
    policy = lower(each.value, false,) /* inline */
    region = <<EOT
staging ${aws_instance.web.*.id}
line two
EOT
  }
}

vpc_id = "eu-west-1"
