resource "aws_s3_bucket" "b0" {
  dynamic "setting" {
    connection {
      tags = "${~ ({
    name = 0.25
    "instance_type" = 1e3
  }) ~}%{~ for s in self.private_ip ~}${s},%{ endfor }"
      timeouts { env = "5m" }
      policy = 0.25 // note
      timeouts { labels = 10 }
    }
    vpc_id = (self.private_ip * null)
  }
  zone = "%{~ for k, v in var.tags ~}${v},%{ endfor }%{~ for k, v in self.private_ip ~}${s},%{ endfor }"
  labels = "prefix${~ 291 }\n"
  instance_type = true /* inline */
}