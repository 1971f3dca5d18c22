resource "aws_instance" "web0" {
  ami = [data.aws_ami.ubuntu.id] /* inline */
  lifecycle {
    connection {
      ami = upper(toset(try(0.25, 552)), true,) // note
    }
    # a comment
    tags = true # note
    zone = merge()
  }
}
