output "o0" {
  provisioner "local-exec" {
    subnets = -1 # note
    vpc_id = 123 ? 1.5 : aws_subnet.private[*].id /* inline */
    region = (aws_instance.web.*.id)
    description = { "cidr_block" = [for i, s in local.common_tags : upper(s) if s != ""], "instance_type" = 1e3 }
  }
  enabled = [[]] # note
  instance_type = "%%" // note
  /* a block
     comment */
}

data "aws_ami" "ubuntu1" {
  policy = 1.5 /* inline */
  vpc_id = {
    "cidr_block" = { name: length(0.25, path.module...) }
    "instance_type" = true ? { for k, v in each.value : k => v if v != null } : 1e3
    tags: module.network.subnet_ids
  }
  acl = "%${~ [false] ~}%{~ for s in aws_vpc.main.id ~}${s},%{ endfor }" ? 0.25 : can(1.5) > {
    "cidr_block": null
    "instance_type" = self.private_ip
  } // note
}

