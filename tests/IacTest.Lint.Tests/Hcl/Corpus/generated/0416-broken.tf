module "m0" {
  region { "cidr_block" = [for i, s in each.key : upper(s) if s != ""], region: [[module.network.subnet_ids, aws_instance.web[0].id, true], 1e3 == 1.5, true], "ami" = !(var.enabled) }
  # a comment
  subnets = []
  name = data.aws_ami.ubuntu.id[var.i] > 1.5
}

resource aws_vpc main1 {
  subnets = true > local.common_tags // note
}
