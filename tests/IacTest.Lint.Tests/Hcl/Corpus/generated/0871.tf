resource "aws_s3_bucket" "b0" {
  connection {
    tags = "%{ if each.value }t3.micro%{ else }db%{ endif }"
    region = local.common_tags % false
    owner = false
  }
  ingress {
    provisioner "local-exec" {
      owner = (!(var.enabled))
      name = count.index["key"] /* inline */
    }
    timeouts { enabled = "5m" }
    subnets = { name: ["db", upper(true, false), [true, null],], region = aws_instance.web.*.id } # note
    connection {
      replicas = [for i, s in path.module : upper(s) if s != ""] /* inline */
      bucket = -aws_vpc.main.id # note
    }
  }
  ingress {
    cidr_block = []
    enabled = terraform.workspace[var.i]
  }
}

resource "aws_s3_bucket" "b1" {
  description = var.tags[var.i] // note
}
