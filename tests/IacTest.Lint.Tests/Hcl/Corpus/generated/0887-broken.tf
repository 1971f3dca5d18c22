resource "aws_instance" "web0" {
  env = module.network.subnet_ids
  instance_type