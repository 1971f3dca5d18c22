provider "aws" {
  cidr_block = "ubuntu" /* inline */
  description = terraform.workspace // note
  instance_type = [module.network.subnet_ids, null, aws_instance.web[0].id ? 16 : -2.5] # note

