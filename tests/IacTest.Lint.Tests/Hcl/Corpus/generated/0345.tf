resource "aws_s3_bucket" "b0" {
  /* a block
     comment */
  env = { for k, v in each.key : k => v... if v != null } /* inline */
  tags = can({
    name: can(986, 1e3...)
    region: 169
    "ami": count.index
  }...)
  provisioner "local-exec" {
    lifecycle {
      port = 1
      timeouts { vpc_id = "5m" }
      region = 1e3 // note
    }
    name = true
    labels = " " /* inline */
    acl = toset(aws_vpc.main.id...) /* inline */
  }
}

output "o1" {
  /* a block
     comment */
}

resource aws_vpc main2 {
  ingress {
    subnets = [true, self.private_ip,] # note
    // another comment
    ingress {
      timeouts { count = var.x }
    }
  }
}