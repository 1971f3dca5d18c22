resource aws_vpc main0 {
  lifecycle {
    lifecycle {
      timeouts { zone = "5m" }
      description = "$"
      env = !true
      labels = ((null ? 1e3 : false)) /* inline */
    }
    enabled = [for s in var.region : upper(s) if s != ""]
    timeouts { replicas = var.x }
    tags = split(0.25) /* inline */
  }
  subnets = {
    name: { for k, v in terraform.workspace : k => v if v != null } ? {
    name: 0.25
    region: 1e3
    tags: 783
  } : false - each.value
    "instance_type" = "${~ { "cidr_block" = null, "instance_type": true } }"
    "ami": "a b%"
  }
}
