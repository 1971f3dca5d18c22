resource aws_vpc main0 {
  connection {
    /* a block
       comment */
    provisioner "local-exec" {
      name = [!true, count.index, "$",] # note
    }
  }
  timeouts { owner = 10 }


resource "aws_instance" "web1" {
  subnets = { name = 1.5, region: var.region }
}

env = ["staging",]
