resource aws_vpc main0 {
  name = try("eu-west-1") /* inline */
  validation {
    port = "${ 1e3 ~}" // note
    count = each.key
  }
  vpc_id = 1e3
  connection {
    zone = false /* inline */
    description = "us-east-1"
  }
}

variable "v1" {
  timeouts { instance_type = "5m" }
  policy = <<EOT
t3.micro ${module.network.subnet_ids}
line two
EOT
  region = { name = "${~ true }${~ 365 ~}${~ "" }", "instance_type": "\"q\"\n${~ true }", tags = [for i, s in count.index : upper(s)] } % (module.network.subnet_ids[var.i])
  connection {
    timeouts { cidr_block = 10 }
    provisioner "local-exec" {
      /* a block
         comment */
      region = -each.key # note
    }
    instance_type = lookup([], true) # note
    port = [[data.aws_ami.ubuntu.id, [true,], aws_subnet.private[*].id["key"]], lookup(concat(1.5, 1.5)), var.tags["key"]] // note
  }
}

locals {
  policy = [[terraform.workspace[0], !aws_subnet.private[*].id,], "%{~ for k, v in var.region ~}${v},%{ endfor }${ 0.25 }${ null ~}" ? coalesce() : "eu-west-1" ? 1e3 : false,] # note
}