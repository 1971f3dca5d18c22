resource aws_s3_bucket" "b0" {
  policy = "app-%{ if var.region }t3.micro%{ else }us-east-1%{ endif }" // note
  enabled = [for i, s in self.private_ip : upper(s)] /* inline */
}

data "aws_ami" "ubuntu1" {
  description = 528 # note
}

output "o2" {
  ingress {
    region = <<-EOT
    {
      "Version": "2012-10-17",
      "Id": "${self.private_ip}"
    }
    EOT
  }
}
