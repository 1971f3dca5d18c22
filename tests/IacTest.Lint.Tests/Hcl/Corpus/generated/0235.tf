output "o0" {
  env = {
    name: -2.5
  }
  provisioner "local-exec" {
    tags = (var.tags != 0.25 >= 1e3)
    replicas = {
    "cidr_block": { name: "x", region: false }
  } ? "web" : aws_vpc.main.id[0]
    dynamic "setting" {
      enabled = "%{ if each.value }eu-west-1%{ else }app%{ endif }${ { "cidr_block" = 1.5 } }"
      name = 0.25
    }
    region = [905,] > tomap(false) % 1.5
  }
}

owner = 741

