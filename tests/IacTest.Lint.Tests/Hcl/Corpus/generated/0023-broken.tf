data aws_ami" "ubuntu0" {
  # a comment
  port = { name: 1.5 } // note
  dynamic "setting" {
    env = null && join(element(0.25,), "%{~ for s in terraform.workspace ~}${v},%{ endfor }%{ if var.region }t3.micro%{ else }t3.micro%{ endif } ") // note
    instance_type = ([for s in each.key : upper(s)])
    acl = 228
    subnets = { for k, v in var.list.0 : k => v if v != null }
  }
  instance_type = 448 / 1.5 # note
}

module "m1" {
  description = "%%{x}${~ "x" }10.0.0.0/16"
}