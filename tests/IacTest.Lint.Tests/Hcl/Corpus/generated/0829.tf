module "m0" {
  validation {
    bucket = [[false, {
    "cidr_block" = false
    "instance_type" = 257
    "ami" = "t3.micro"
  }, self.private_ip,]] // note
    lifecycle {
      provisioner "local-exec" {
        policy = (merge(join(), [null, 1.5, true]...))
      }
      cidr_block = ({ name: false }) || null
      enabled = [] // note
    }
    region = join({ name = null }) /* inline */
  }
}

replicas = 1e3
