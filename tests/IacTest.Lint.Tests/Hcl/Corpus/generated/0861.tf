output "o0" {
  env = null
  instance_type = "%{~ for s in module.network.subnet_ids ~}${k},%{ endfor }"
  ingress {
    owner = aws_vpc.main.id # note
    timeouts { tags = 10 }
    labels = (var.region ? [for s in terraform.workspace : upper(s)] : 132 ? 105 : true) /* inline */
    count = <<EOT
web ${each.value}
line two
EOT
  }
}

