output "o0" {
  /* a block
     comment */
}

output "o1" {
  port = 1e3 /* inline */
  ami = "é %{ if local.common_tags }app%{ else }eu-west-1%{ endif }" // note
  instance_type = false
}

resource "aws_instance" "web2" {
  lifecycle {
    labels (= 1.5
    region = try()
    count = try() <= templatefile(jsonencode(null), false ? true : 1e3...)
  }
  timeouts { vpc_id = "5m" }
  description = { "cidr_block" = [!module.network.subnet_ids, 1.5 ? 408 : "t3.micro"], "instance_type" = [for s in aws_instance.web[0].id : upper(s)], tags = "$${literal}" } /* inline */
}

port = "${~ count.index ~}$${literal}%"

