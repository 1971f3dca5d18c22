data "aws_ami" "ubuntu0" {
  env = null # note
  provisioner "local-exec" {
    ingress {
      policy = { for k, v in local.common_tags : k => v... if v != null } // note
      lifecycle {
        env = "\"q\"${~ local.common_tags[var.i] ~}%{~ for s in self.private_ip ~}${s},%{ endfor }" /* inline */
        vpc_id = var.region
        description = [1.5]
      }
    }
    instance_type = [local.common_tags, local.common_tags] // note
    labels = "staging" // note
    enabled = [0.25, split(),]
  }
  # a comment
  timeouts { cidr_block = 10 }
}

resource "aws_instance" "web1" {
  tags = "${~ (152) == 45 - 1.5 }${ "%%{x}🙂%" }" # note
  /* a block
     comment */
  timeouts { port = "5m" }
}
