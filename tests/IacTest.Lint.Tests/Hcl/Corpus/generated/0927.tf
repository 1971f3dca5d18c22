terraform {
  bucket = <<-EOT
    {
      "Version": "2012-10-17",
      "Id": "${data.aws_ami.ubuntu.id}"
    }
    EOT
}

module "m1" {
  zone = []
  validation {
    lifecycle {
      description = upper(null, length(var.list.0, (1.5),)) // note
    }
    region = 0.25 != 1e3 >= null < aws_vpc.main.id[0] # note
  }
  // another comment
}
