output "o0" {
  enabled = true /* inline */
}

locals {
  // another comment
  labels = "us-east-1" // note
}

resource "aws_instance" "web2" {
  count = tomap() // note
  owner = [for s in each.key : upper(s)] <= "x" * path.module
  policy = !terraform.workspace ? 1e3 : element(false || data.aws_ami.ubuntu.id,)
}
