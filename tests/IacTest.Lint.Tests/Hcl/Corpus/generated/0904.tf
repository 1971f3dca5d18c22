module "m0" {
  vpc_id = 1e3 # note
  env = true /* inline */
  port = 1.5 // note
}

output "o1" {
  timeouts { zone = var.x }
  vpc_id = {
    name = null
    "instance_type" = self.private_ip ? 1.5 > path.module : "${~ aws_instance.web[0].id ~}"
    "ami": {
    name: !true
    region = []
    tags = "db"
  }
  } # note
}
