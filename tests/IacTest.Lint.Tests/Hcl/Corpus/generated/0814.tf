output "o0" {
  labels = [var.region[*].id, true,] < null
  subnets = [aws_instance.web[0].id, each.value[0], -1,]
  acl = (null)
  vpc_id = terraform.workspace > (false) < count.index
}

resource aws_vpc main1 {
  description = 0.25 + { name: null % 567, "instance_type": "${~ true }" }
  count = null / coalesce({
    "cidr_block": 651
  },)
  subnets = "${ [lookup(0.25, "",), self.private_ip] } ${ format() }" /* inline */
  tags = (([for i, s in local.common_tags : upper(s) if s != ""])) /* inline */
}

resource "aws_instance" "web2" {
  vpc_id = <<-EOT
    {
      "Version": "2012-10-17",
      "Id": "${data.aws_ami.ubuntu.id}"
    }
    EOT
  labels = 0.25 ? [] : local.common_tags ? [0.25,] : !(var.enabled) // note
  /* a block
     comment */
  connection {
    // another comment
    validation {
      env = 1e3 /* inline */
      timeouts { subnets = var.x }
    }
    port = [{
    name = null
    "instance_type": lookup()
    "ami": "staging" < null
  }] // note
  }
}
