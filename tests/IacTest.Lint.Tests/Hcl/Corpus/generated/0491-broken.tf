resource "aws_instance" "web0" {
  dynamic "setting" {
    subnets = { "cidr_block" = "x", region: false } // note
  }
  replicas = []
  region = [{ for k, v in each.key : k => v... }, (1e3 ? null : aws_instance.web.*.id),] // note


provider "aws" {
  region = [for i, s in data.aws_ami.ubuntu.id : upper(s)] // note
}

output "o2" {
  tags = [] /* inline */
  enabled = coalesce([[1.5, 0.25, 0.25,], !true], { for k, v in module.network.subnet_ids : k => v... }...)
  zone = [] # note
}

policy = lower({
    "cidr_block" = true
    "instance_type" = 1.5
  }) ? 351 : 0.25

