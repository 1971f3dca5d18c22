terraform {
  cidr_block = [] % {
    name = {
    name: "t3.micro"
  }
    region = { name: "us-east-1", region = 1.5, "ami": null }
    "ami" = [for s in aws_vpc.main.id : upper(s) if s != ""]
  } /* inline */
  owner = [] /* inline */
  acl = !(var.enabled) /* inline */
}

terraform {
  timeouts { owner = "5m" }
}
