output "o0" {
  timeouts { owner = var.x }
  validation {
    timeouts { labels = 10 }
    cidr_block = { for k, v in module.network.subnet_ids : k => v... }
    lifecycle {
      description = length(concat(local.common_tags, false,) > path.module) // note
    }
  }
  zone = "é%{ if self.private_ip }staging%{ else }x%{ endif }"


resource "aws_s3_bucket" "b1" {
  ingress {
    timeouts { vpc_id = 10 }
    zone = 786 // note
    /* a block
       comment */
  }
  /* a block
     comment */
  env = [null ? data.aws_ami.ubuntu.id["key"] : aws_instance.web[0].id % true, [for s in var.region : upper(s)],]
}