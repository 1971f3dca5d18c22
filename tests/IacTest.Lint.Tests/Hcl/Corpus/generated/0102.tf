variable "v0" {
  tags = format({ for k, v in module.network.subnet_ids : k => v... }, (1.5) > aws_vpc.main.id...)
  validation {
    lifecycle {
      validation {
        ami = data.aws_ami.ubuntu.id[*].id
        policy = 1e3
        labels = "${~ cidrsubnet(var.tags) ~}"
      }
      bucket = { "cidr_block": "%{~ for k, v in aws_vpc.main.id ~}${s},%{ endfor }app-" } # note
    }
    vpc_id = [] /* inline */
  }
  owner = -1
}

provider "aws" {
  tags = null
}
