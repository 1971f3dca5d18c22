resource "aws_instance" "web0" {
  instance_type = 1.5 // note
  vpc_id = { for k, v in module.network.subnet_ids : k => v }
  validation {
    env = ({ name = "", "instance_type": { "cidr_block": 1e3 }, "ami" = { name: "app", "instance_type" = 668 } })
  }
}
