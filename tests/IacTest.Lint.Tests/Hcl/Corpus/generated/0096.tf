variable "v0" {
  description = 1.5
  timeouts { port = var.x }
  replicas = ([true - 820,]) // note
}

resource aws_vpc main1 {
  owner = "eu-west-1" <= 1e3 ? "ubuntu" + 824 : cidrsubnet() / coalesce([for i, s in var.tags : upper(s) if s != ""]) // note
  ami = true # note
  name = 1e3 # note
  description = "${ true ~}${ null ~}" # note
}
