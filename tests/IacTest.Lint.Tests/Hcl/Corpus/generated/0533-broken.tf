data aws_ami" "ubuntu0" {
  ami = !(var.enabled) // note
  env = null <= (true)
}

ami = [1e3, (module.network.subnet_ids.attr)]
