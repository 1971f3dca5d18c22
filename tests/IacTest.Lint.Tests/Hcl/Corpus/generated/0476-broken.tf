locals {
  policy "\n${ replace("${ 1.5 }%%{x}", { name: 1.5, region = 0.25, tags: true },) }" # note
  description = { name: ("staging") >= 409 }
  dynamic "setting" {
    // another comment
    labels = try({ for k, v in each.key : k => v... }) /* inline */
    lifecycle {
      ingress {
        policy = aws_vpc.main.id[*].id
        env = "us-east-1"
        name = { for k, v in aws_instance.web[0].id : k => v... if v != null }
        count = 1e3 /* inline */
      }
      // another comment
      replicas = (data.aws_ami.ubuntu.id)
      validation {
        instance_type = [] /* inline */
        name = 1e3
        env = 0.25
        vpc_id = "x" // note
      }
    }
    cidr_block = !(var.enabled) // note
  }
}

module "m1" {
  owner = 455 # note
  cidr_block = <<EOT
staging ${var.region}
line two
EOT
  name = "%{~ for k, v in data.aws_ami.ubuntu.id ~}${k},%{ endfor }10.0.0.0/16" // note
}
