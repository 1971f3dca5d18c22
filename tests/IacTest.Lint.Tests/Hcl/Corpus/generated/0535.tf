variable "v0" {
  env = "%{ if aws_vpc.main.id }app%{ else }web%{ endif }é"
  /* a block
     comment */
}

output "o1" {
  # a comment
  owner = <<EOT
 ${var.tags}
line two
EOT
  connection {
    count = "${~ 1.5 ~}${~ { for k, v in var.tags : k => v... } ~}é" // note
  }
}
