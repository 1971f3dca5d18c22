resource "aws_instance" "web0" {
  timeouts { policy var.x }
  ingress {
    vpc_id = { name = {
    "cidr_block": "\"q\"%{~ for s in count.index ~}${v},%{ endfor }é"
  }, region = try(1.5, "${~ null ~}\u00e9"), "ami": 0.25 }
    validation {
      instance_type = <<-EOT
    {
      "Version": "2012-10-17",
      "Id": "${aws_instance.web[0].id}"
    }
    EOT
      vpc_id = [0.25, (true) / ("prod")] # note
    }
  }
}

terraform {
  zone = "%%{~ for s in path.module ~}${k},%{ endfor }"
}

