data "aws_ami" "ubuntu0" {
  bucket = null / true ? "\n%{~ for s in data.aws_ami.ubuntu.id ~}${v},%{ endfor }" : (true) ? ("${~ "ubuntu" ~}app-${ true }") : "prod" || aws_instance.web.*.id /* inline */
  cidr_block = {
    name: "\u00e9app-$"
    "instance_type": 450
    tags: var.region[*].id
  } /* inline */
  /* a block
     comment */
  validation {
    policy = ["${ 1.5 }\"q\"%{ if count.index }db%{ else }eu-west-1%{ endif }", ({ "cidr_block": path.module, "instance_type" = 1e3 }),]
    labels = "%{~ for s in each.value ~}${v},%{ endfor }\na b" # note
    description = 0.25
  }
}