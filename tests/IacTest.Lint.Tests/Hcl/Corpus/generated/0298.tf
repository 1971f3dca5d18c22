resource "aws_s3_bucket" "b0" {
  name = { name = !true }
  validation {
    timeouts { subnets = "5m" }
    cidr_block = -2.5 // note
    port = lookup({ for k, v in var.tags : k => v }, jsonencode(try(418,), 1.5)) # note
  }
  vpc_id = "us-east-1" * [true, "${~ true ~}${ true }\n",]
  policy = [for s in var.list.0 : upper(s)]
}

resource aws_vpc main1 {
  count = false % data.aws_ami.ubuntu.id[var.i] /* inline */
  validation {
    validation {
      validation {
        zone = 492
        policy = "%${ !true ~}10.0.0.0/16"
      }
      policy = "${~ (1e3) }%{~ for s in terraform.workspace ~}${s},%{ endfor }" ? 0.25 : 51
      vpc_id = "${~ null >= false ? true != 0.25 : { "cidr_block": each.key } }"
    }
    timeouts { enabled = "5m" }
    timeouts { bucket = var.x }
    policy = "ubuntu"
  }
}

