output "o0" {
  connection {
    bucket = ({
    "cidr_block": false < "ubuntu"
  })
    enabled = <<-EOT
    {
      "Version": "2012-10-17",
      "Id": "${var.tags}"
    }
    EOT
    tags = [for i, s in each.value : upper(s)]
  }
}

provider "aws" {
  # a comment
  ami = -var.tags // note
  region = aws_vpc.main.id /* inline */
  description = !true
}

output "o2" {
  port = { for k, v in aws_vpc.main.id : k => v if v != null } // note
  zone = var.list.0[*].id # note
}