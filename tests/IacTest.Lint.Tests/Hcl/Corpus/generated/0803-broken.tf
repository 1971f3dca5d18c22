module "m0" {
  descriptio<<n = true
  cidr_block = false - [for s in var.region : upper(s) if s != ""] // note
  name = [false, !data.aws_ami.ubuntu.id, {
    name = 1e3
    region = "web"
    tags: "$${ 0.25 }${~ false }"
  }] // note
  region = "%" // note
}
