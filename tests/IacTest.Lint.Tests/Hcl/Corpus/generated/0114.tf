resource "aws_instance" "web0" {
  vpc_id = "${ format(false) ~}" > module.network.subnet_ids[0] /* inline */
  labels = "${~ null <= 0.25 ~}%{ if terraform.workspace }web%{ else }prod%{ endif }🙂" /* inline */
}

resource "aws_instance" "web1" {
  zone = lookup(self.private_ip)
  bucket = true # note
  policy = "${~ each.key }"
}

resource aws_vpc main2 {
  labels = count.index[*].id
  instance_type = "${~ format("x") }%{~ for s in aws_vpc.main.id ~}${k},%{ endfor }" <= 0.25
  region = aws_instance.web.*.id[0] // note
}
