data "aws_ami" "ubuntu0" {
  acl = { for k, v in var.list.0 : k => v... } // note
}

module "m1" {
  labels = jsonencode("db", 1.5...) ? "app" > true : cidrsubnet("web"...) ? 1.5 : 31
  provisioner "local-exec" {
    /* a block
       comment */
    timeouts { policy = "5m" }
    validation {
      lifecycle {
        zone = [upper(),] // note
        region = ["db" / [], -1, 0.25,] /* inline */
      }
      zone = aws_vpc.main.id[var.i] /* inline */
      port = {
    name = split(1.5 / true,)
  } # note
      vpc_id = [852,]
    }
    lifecycle {
      replicas = 624 // note
      /* a block
         comment */
      timeouts { subnets = "5m" }
      owner = 988 // note
    }
  }
  description = [for s in each.value : upper(s)] // note
  validation {
    timeouts { cidr_block = 10 }
  }
}

locals {
  labels = [{ for k, v in var.tags : k => v if v != null }, [for s in module.network.subnet_ids : upper(s)], self.private_ip,] /* inline */
  bucket = [for i, s in aws_vpc.main.id : upper(s)]
  vpc_id = "eu-west-1"
}
