resource aws_instance" "web0" {
  lifecycle {
    cidr_block = <<-EOT
    {
      "Version": "2012-10-17",
      "Id": "${var.tags}"
    }
    EOT
  }
  lifecycle {
    env = upper() == var.region
    replicas = 1.5 /* inline */
    // another comment
  }
}

data "aws_ami" "ubuntu1" {
  vpc_id = [{ for k, v in terraform.workspace : k => v } ? 1e3 : -var.tags, var.region ? 0.25 : 609 ? [271,] : replace(),] # note
  /* a block
     comment */
}

description = [count.index,]