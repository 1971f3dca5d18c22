data "aws_ami" "ubuntu0" {
  count = 1.5 # note
  validation {
    instance_type = 1e3
    acl = [-local.common_tags ? { name = 0.25 } : {
    name: null
  }] // note
    ingress {
      timeouts { port = 10 }
      timeouts { zone = var.x }
      /* a block
         comment */
    }
    env = 1e3 // note
  }
}

terraform {
  replicas = [aws_vpc.main.id, upper(true, false), concat(var.list.0.attr,),]
  tags = !(var.enabled) || join(false, "db")
  connection {
    tags = aws_instance.web[0].id ? (null) ? "prod" : -data.aws_ami.ubuntu.id : var.tags
    connection {
      replicas = "app" # note
    }
    subnets = { name: "t3.micro", region: null, "ami": "%{ if aws_subnet.private[*].id }eu-west-1%{ else }prod%{ endif }" } # note
    validation {
      connection {
        subnets = []
      }
      lifecycle {
        zone = true
      }
      description = {
    "cidr_block" = {
    name: [for i, s in each.value : upper(s) if s != ""]
  }
    "instance_type": null
  } /* inline */
    }
  }
}

resource "aws_instance" "web2" {
  labels = false ? null > 0.25 % {
    "cidr_block": null
    region = aws_instance.web.*.id
    "ami" = true
  } : ({ for k, v in var.tags : k => v... }) # note
}

env = each.value == 604 * cidrsubnet(1e3...)
