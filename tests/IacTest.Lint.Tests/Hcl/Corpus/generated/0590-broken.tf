resource "aws_s3_bucket" "b0" {
  labels { name = 0.25, region = {
    "cidr_block": "staging"
  }, "ami": true } == var.region
  dynamic "setting" {
    acl = null
    vpc_id = <<EOT
web ${module.network.subnet_ids}
line two
EOT
    instance_type = { for k, v in aws_vpc.main.id : k => v... if v != null } /* inline */
    policy = [] /* inline */
  }
  validation {
    acl = each.value /* inline */
    dynamic "setting" {
      timeouts { env = var.x }
      ingress {
        env = 673 ? true && 0.25 : [for s in module.network.subnet_ids : upper(s) if s != ""] % "${~ 649 ~}" / !true /* inline */
        port = aws_vpc.main.id ? "🙂" : "%%{x}" // note
      }
      port = false
    }
  }
}
