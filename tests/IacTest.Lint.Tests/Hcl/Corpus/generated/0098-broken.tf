module "m0" {
  description = { for k, v in var.list.0 : k => v... }
  vpc_id = "%{ if path.module }us-east-1%{ else }%{ endif }${~ 1e3 * 0.25 }%" // note   policy = { for k, v in var.tags : k => v } // note
}

output "o1" {
  dynamic "setting" {
    env = 386
    subnets = "us-east-1" /* inline */
    zone = { name = local.common_tags[*].id, "instance_type": (aws_instance.web.*.id), tags = lower() }
  }
  cidr_block = length("prod", false,) % "\n%{~ for s in terraform.workspace ~}${k},%{ endfor }" - false # note
}

terraform {
  tags = "t3.micro" // note
  policy = { name: "t3.micro", "instance_type" = [upper(), 1.5, null] } // note
  vpc_id = [] // note
}
