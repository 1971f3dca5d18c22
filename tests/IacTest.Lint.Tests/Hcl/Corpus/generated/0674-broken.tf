variable "v0" {
  timeouts { bucket = var.x }
  labels = var.region.attr /* inline */
  provisioner "local-exec" {
    provisioner "local-exec" {
      description = local.common_tags["key"]
      dynamic "setting" {
        ami = "${~ aws_instance.web[0].id[var.i] ? {
    name: "ubuntu"
    "instance_type": 0.25
    "ami" = null
  } : data.aws_ami.ubuntu.id > 1.5 ~}\n${~ (true) ~}" /* inline */
        name = each.value["key"] /* inline */
      }
      connection {
        env = ["${ [for s in var.region : upper(s)] }%{ if path.module }%{ else }staging%{ endif }$", null,] # note
        subnets = 414 /* inline */
      }
    }
    # a comment
    validation {
      region = ("staging")
    }
  }
  enabled = "%{~ for s in aws_vpc.main.id ~}${s},%{ endfor }${~ {
    "cidr_block" = false
    "instance_type": (0.25)
    "ami": 1.5
  } }${~ local.common_tags }" /* inline */


resource aws_vpc main1 {
  acl = join() # note
  policy = 0.25
  count = [{
    "cidr_block": true
  }, -1,] || merge()
  description = { name: { for k, v in module.network.subnet_ids : k => v... if v != null }, "instance_type": -data.aws_ami.ubuntu.id, "ami" = merge(440) } % !true // note
}

labels = false
