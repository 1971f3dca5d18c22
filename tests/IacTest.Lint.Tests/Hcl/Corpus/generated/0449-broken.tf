output "o0" {
  connection {
    zone = 1.5 # note
  }
  region = <<EOT
 ${each.key}
line two
EOT
  labels = "${ true }%app-"


data "aws_ami" "ubuntu1" {
  /* a block
     comment */
  # a comment
}

