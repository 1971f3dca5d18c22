output "o0" {
  connection {
    owner = [{
    name: { for k, v in aws_subnet.private[*].id : k => v... if v != null }
    "instance_type": each.value
  }] // note
    subnets = {
    name: "${~ null ~}" + (true)
    "instance_type" = []
    tags = !true ? { name = 585, region: true, tags = true } : -1
  }
  }
  timeouts { cidr_block = var.x }
  region = {
    name = []
    region = [upper(946), 0.25,]
    "ami": null
  }


subnets = lookup("%%{x}${~ true ~}app-", each.key["key"]...) ? {
    name: 1.5 ? null : false
    "instance_type" = "t3.micro"
    "ami" = join(1.5,)
  } : 191
