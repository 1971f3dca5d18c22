resource aws_vpc main0 {
  provisioner "local-exec" {
    instance_type = { for k, v in local.common_tags : k => v } / replace(-2.5)
    ingress {
      enabled = {
    name = "%{~ for s in aws_instance.web.*.id ~}${v},%{ endfor }"
    "instance_type" = 1.5
  } /* inline */
      ami = aws_instance.web[0].id[*].id // note
      env = 564
    }
    labels = ["${ [for i, s in var.region : upper(s)] ~}${ toset(1.5, null...) }${~ "%{ if data.aws_ami.ubuntu.id }x%{ else }staging%{ endif }${ 832 ~}" }",]
  }
}

resource aws_vpc main1 {
  env = false // note
}

policy = { for k, v in var.region : k => v }
