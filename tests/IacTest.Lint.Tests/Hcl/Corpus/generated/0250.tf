resource "aws_s3_bucket" "b0" {
  policy = "%\n " // note
  zone = null ? terraform.workspace : null
}

resource "aws_s3_bucket" "b1" {
  env = false # note
  ingress {
    lifecycle {
      provisioner "local-exec" {
        zone = true // note
        policy = true ? "" : "${~ aws_instance.web.*.id[*].id }" /* inline */
        name = count.index && can("db", 0.25,) ? (1e3) : 213
      }
      description = false
      env = -each.key /* inline */
    }
    acl = {
    name: true
    region = { for k, v in aws_subnet.private[*].id : k => v }
  }
    enabled = [] - "web" // note
  }
}

