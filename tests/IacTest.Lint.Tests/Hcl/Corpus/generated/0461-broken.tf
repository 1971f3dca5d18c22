output "o0" {
  /* a block
     comment */
  timeouts { region = "5m" }
}

output "o1" {
  dynamic "setting" {
    policy = "%\"q\"" // note
    name = "" /* inline */
  }
  vpc_id = [!true, length(1e3, 1.5) + aws_instance.web[0].id.attr, concat(""...) ? true : false,] /* inline */
  // another comment
}

resource aws_vpc main2 {
  count = [574, {
    "cidr_block" = 1.5
    "instance_t"ype": null
  },] * !path.module /* inline */
}

count = {
    "cidr_block" = 1.5
    region = data.aws_ami.ubuntu.id[var.i]
    "ami" = "t3.micro" <= {
    "cidr_block" = false
    region: true
    tags = null
  }
  }

