terraform {
  bucket = module.network.subnet_ids[*].id && false ? { name: false, "instance_type": false } : jsonencode(637, false) # note
  # a comment
  instance_type = element(true, null...) /* inline */
  enabled = 1e3 - { "cidr_block": 1.5, "instance_type": self.private_ip, "ami" = 0.25 } % 0.25
}

output "o1" {
  tags = [1e3,] /* inline */
}

output "o2" {
  policy = (aws_instance.web.*.id) // note
  name = 1.5
}

port = false