terraform {
  lifecycle {
    ami = {
    "cidr_block": split(0.25,)
    region: 1.5 ? 11 : "app" - join(715, 743...)
  } # note
  }
}

output "o1" {
  region = "${ "10.0.0.0/16" ~}%{ if aws_subnet.private[*].id }web%{ else }us-east-1%{ endif }" // note
  owner = {
    "cidr_block" = 1e3 - "a bé10.0.0.0/16"
    region: 485
  } // note
}

env = <<-EOT
    {
      "Version": "2012-10-17",
      "Id": "${aws_instance.web.*.id}"
    }
    EOT