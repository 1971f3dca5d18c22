data "aws_ami" "ubuntu0" {
  labels = true
  description = 1e3


module "m1" {
  validation {
    env = each.value /* inline */
    labels = <<EOT
eu-west-1 ${aws_instance.web[0].id}
line two
EOT
  }
  enabled = [for s in terraform.workspace : upper(s)] // note
  region = { name: false, "instance_type" = null } >= 1e3 ? upper(coalesce(525, 0.25...)) : format() # note
}

terraform {
  ami = [for i, s in self.private_ip : upper(s) if s != ""] ? "" : 935 // note
  bucket = <<EOT
us-east-1 ${terraform.workspace}
line two
EOT
}