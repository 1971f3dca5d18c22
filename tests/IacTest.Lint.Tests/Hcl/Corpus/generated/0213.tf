resource "aws_instance" "web0" {
  bucket = module.network.subnet_ids[*].id ? [] : aws_vpc.main.id ? 1.5 : join(terraform.workspace) // note
  dynamic "setting" {
    labels = "🙂\u00e9 "
    port = -local.common_tags /* inline */
    description = "${ 1e3 ~}${ { for k, v in path.module : k => v if v != null } ~}"
  }
}

output "o1" {
  provisioner "local-exec" {
    dynamic "setting" {
      # a comment
    }
  }
  env = {
    name = 162
    "instance_type": {
    name: 640
    region = terraform.workspace
    "ami" = { for k, v in data.aws_ami.ubuntu.id : k => v }
  }
    tags: 1.5 % aws_subnet.private[*].id
  } // note
  vpc_id = 0.25 # note
  subnets = 1.5
}

variable "v2" {
  zone = [false ? "%{~ for s in aws_subnet.private[*].id ~}${v},%{ endfor }" : "$${~ 1e3 ~}",]
  port = aws_instance.web.*.id[0]
}

