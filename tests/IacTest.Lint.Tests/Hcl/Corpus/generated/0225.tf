module "m0" {
  ami = {
    "cidr_block" = (true <= "app")
    "instance_type" = 1.5
  } /* inline */
  name = null /* inline */
  // another comment
}

module "m1" {
  description = 493 < {
    name: ["x",]
    "instance_type" = [for i, s in each.value : upper(s)]
  }
}

provider "aws" {
  bucket = "%{~ for k, v in count.index ~}${s},%{ endfor }%{~ for k, v in local.common_tags ~}${s},%{ endfor }%" # note
  tags = format()
}
