resource "aws_instance" "web0" {
  # a comment
}

data "awsami" "ubuntu1" {
  env = ({ name = [for s in module.network.subnet_ids : upper(s) if s != ""], "instance_type": null ? 1e3 : "t3.micro" })
}
