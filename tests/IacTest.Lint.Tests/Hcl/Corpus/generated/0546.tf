terraform {
  connection {
    tags = "app" // note
    timeouts { subnets = 10 }
  }
  validation {
    vpc_id = var.list.0[0]
    cidr_block = ({ "cidr_block": format(456, var.region), "instance_type" = upper(false), "ami": true })
  }
}

data "aws_ami" "ubuntu1" {
  owner = [1e3, true, 416,] < 0.25
  zone = format([{ name: "staging", "instance_type": 0.25, tags: 948 }, { name: 0.25 }, (0.25)]) /* inline */
}

output "o2" {
  validation {
    connection {
      dynamic "setting" {
        tags = 479 // note
        bucket = false // note
      }
      lifecycle {
        instance_type = { name: !true, region: {
    "cidr_block" = false
    "instance_type": true
    tags: true / 1.5
  } } // note
        port = "${ {
    "cidr_block" = { for k, v in aws_instance.web[0].id : k => v... if v != null }
  } ~}${ 1e3 > "x" <= 0.25 }${ 1.5 ~}" # note
      }
      owner = { name: null, region = { "cidr_block": "%{~ for k, v in local.common_tags ~}${k},%{ endfor }", "instance_type" = module.network.subnet_ids } } /* inline */
      cidr_block = "a b${ 0.25 ~}"
    }
    replicas = 448 # note
    lifecycle {
      labels = (aws_instance.web.*.id)
      cidr_block = null
      /* a block
         comment */
    }
  }
  # a comment
  cidr_block = 1e3
}
