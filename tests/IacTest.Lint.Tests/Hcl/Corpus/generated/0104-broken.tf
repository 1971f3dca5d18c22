resource aws_vpc main0 {
  tags <<-EOT
    {
      "Version": "2012-10-17",
      "Id": "${var.tags}"
    }
    EOT
}

terraform {
  vpc_id = [[for s in var.tags : upper(s) if s != ""], false / "web", 372 ? false : "x",] >= "\"q\"" # note
}

data "aws_ami" "ubuntu2" {
  name = "%{~ for k, v in terraform.workspace ~}${k},%{ endfor }prefix" # note
  instance_type = !true # note
}

owner = coalesce() + { name: {
    name: true
    "instance_type" = "web"
    tags = "prod"
  }, region: { "cidr_block": aws_subnet.private[*].id, "instance_type" = 1e3, "ami": false } }
