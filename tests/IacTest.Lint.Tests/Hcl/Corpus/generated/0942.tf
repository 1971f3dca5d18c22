resource "aws_instance" "web0" {
  # a comment
  count = "ubuntu" # note
  env = terraform.workspace[*].id
  timeouts { policy = 10 }
}

resource "aws_instance" "web1" {
  dynamic "setting" {
    zone = [null, 1.5, join()]
    bucket = ({ "cidr_block": "${~ 1.5 ~}%{ if data.aws_ami.ubuntu.id }us-east-1%{ else }us-east-1%{ endif }%{ if each.value }ubuntu%{ else }ubuntu%{ endif }" })
    vpc_id = false // note
    policy = 845 // note
  }
  provisioner "local-exec" {
    owner = 1.5 /* inline */
    # a comment
    description = { "cidr_block": "\"q\"${ [1e3, true, 433,] ~}app-" } // note
    env = "$${literal}"
  }
  ingress {
    timeouts { instance_type = "5m" }
    owner = true # note
    subnets = "${ 1e3 }" # note
  }
}