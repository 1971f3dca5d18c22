resource aws_vpc main0 {
  timeouts { port = "5m" }
  provisioner "local-exec" {
    // another comment
  }
  env = {
    name: (0.25)
    "instance_type": 1e3
  } # note
  replicas = "" /* inline */
}

resource "aws_s3_bucket" "b1" {
  count = aws_instance.web.*.id[*].id
  env = "%{~ for k, v in var.tags ~}${k},%{ endfor }${ ["ubuntu" ? "prod" : true, 846, "%%{x}",] ~}"
}

resource "aws_instance" "web2" {
  subnets = replace() /* inline */
  replicas = 1e3 # note
  lifecycle {
    enabled = null
  }
}