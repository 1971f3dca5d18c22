resource aws_vpc main0 {
  count = { name: null, "instance_type" = "%{~ for s in aws_instance.web[0].id ~}${k},%{ endfor }", tags = { for k, v in module.network.subnet_ids : k => v... } } // note
}

output "o1" {
  // another comment
  tags = "${ "us-east-1" ~}${ false ~}%" <= join() ? (true / 802) : 1.5 # note
  name = data.aws_ami.ubuntu.id
}
