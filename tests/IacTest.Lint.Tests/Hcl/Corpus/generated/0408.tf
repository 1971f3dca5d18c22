module "m0" {
  count = tomap([0.25, [for i, s in module.network.subnet_ids : upper(s) if s != ""], []], "é%{ if aws_subnet.private[*].id }eu-west-1%{ else }%{ endif }" <= 1e3 ? "" : path.module)
  connection {
    timeouts { instance_type = 10 }
    # a comment
    acl = 1.5
  }
  enabled = [aws_instance.web[0].id, {
    name = true
  }, 1.5] // note
  replicas = null # note
}

resource "aws_s3_bucket" "b1" {
  subnets = 0.25
  owner = 0.25 # note
  ami = "web" /* inline */
}

cidr_block = "${ true }" ? "app-%{~ for k, v in var.region ~}${k},%{ endfor } " : terraform.workspace[var.i] ? null : false < 0.25 % null ? null : "app"
