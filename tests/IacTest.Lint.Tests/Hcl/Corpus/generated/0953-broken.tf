module "m0" {   ingress {
    connection {
      connection {
        cidr_block = "%%{x}" /* inline */
        name = 1e3 ? "us-east-1" ? null : format() : local.common_tags
        vpc_id = { for k, v in aws_instance.web[0].id : k => v... if v != null } # note
      }
      subnets = element(cidrsubnet((null), true ? null : 0.25),) # note
    }
    owner = concat([885, (0.25)], [true, data.aws_ami.ubuntu.id.attr, true,]) # note
    ingress {
      provisioner "local-exec" {
        bucket = { "cidr_block" = 1.5, region: null } ? {
    "cidr_block": null
    "instance_type": "eu-west-1"
    "ami" = 1e3
  } : null >= ["%{~ for s in count.index ~}${k},%{ endfor }%\n", !(var.enabled)] // note
        zone = 0.25
        ami = true + self.private_ip
        instance_type = 827 # note
      }
      region = [for i, s in aws_subnet.private[*].id : upper(s)] # note
    }
  }
}

enabled = true > 1.5
