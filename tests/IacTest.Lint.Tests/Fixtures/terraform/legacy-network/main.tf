// Network of the legacy stack, written for Terraform 0.11.
variable "vpc_cidr" {
  default = "10.20.0.0/16"
}

variable "zones" {
  description = ""
  type        = list(string)
}

resource "aws_vpc" "main" {
  cidr_block = "${var.vpc_cidr}"

  tags = {
    Name = "legacy-${var.vpc_cidr}"
  }
}

resource "aws_subnet" "private" {
  count      = var.zones == [] ? 0 : length(var.zones)
  vpc_id     = "${aws_vpc.main.id}"
  cidr_block = cidrsubnet(var.vpc_cidr, 8, count.index)
}

output "vpc_id" {
  value = aws_vpc.main.id
}
