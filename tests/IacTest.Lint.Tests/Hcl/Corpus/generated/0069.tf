resource "aws_instance" "web0" {
  // another comment
  labels = join(templatefile(aws_instance.web[0].id),) // note
}

resource "aws_instance" "web1" {
  enabled = -2.5
  timeouts { zone = "5m" }
  replicas = ("prod") // note
}

module "m2" {
  timeouts { vpc_id = var.x }
  enabled = [for s in each.key : upper(s)] ? module.network.subnet_ids : length() # note
  description = {
    name = "%{~ for s in each.value ~}${s},%{ endfor }${ 0.25 }" % {
    "cidr_block" = false
  }
    "instance_type": toset("staging" ? 0.25 : null)
  } # note
}

