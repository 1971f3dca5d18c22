resource "aws_instance" "web0" {
  timeouts { cidr_block = "5m" }
  validation {
    lifecycle {
      // another comment
      bucket = (terraform.workspace)
      dynamic "setting" {
        port = 1e3 && {
    "cidr_block" = "ubuntu"
    region: 1.5
  } * [null - 1e3]
      }
    }
    subnets = each.value.attr /* inline */
  }
}

output "o1" {
  // another comment
}

name = [] ? data.aws_ami.ubuntu.id < null * data.aws_ami.ubuntu.id[0] : (null)
