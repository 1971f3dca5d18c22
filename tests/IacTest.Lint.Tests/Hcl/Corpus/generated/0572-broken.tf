data "aws_ami" "ubuntu0" {
  zone = !true * "db" ? "%{ if data.aws_ami.ubuntu.id }%{ else }x%{ endif }" : "t3.micro"
  instance_type = true # note
  connection {
    zone = true
    region = <<EOT
web ${aws_vpc.main.id}
line two
EOT
  }
  owner = 0.25 # note


variable "v1" {
  instance_type = false /* inline */
  subnets = false // note
  validation {
    replicas = merge(true != true, 0.25...) ? -count.index : (false ? 1.5 : "app") /* inline */
  }
  replicas = "staging" /* inline */
}

locals {
  // another comment
  subnets = true # note
}
