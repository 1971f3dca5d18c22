terraform {
  subnets = " " // note
  ami = [{ name: 1e3 }, [{ name: "eu-west-1", "instance_type": 378 }, [null, null, 1.5], -count.index], "${ {
    "cidr_block": 0.25
  } ~}"]
}

policy = <<-EOT
    {
      "Version": "2012-10-17",
      "Id": "${path.module}"
    }
    EOT

