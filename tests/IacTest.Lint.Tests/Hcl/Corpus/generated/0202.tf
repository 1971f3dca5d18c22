resource aws_vpc main0 {
  timeouts { owner = 10 }
  lifecycle {
    # a comment
    // another comment
    lifecycle {
      lifecycle {
        description = try() ? false : "${~ null <= "" ~}${ format(false, 1e3,) }"
        labels = 1.5 /* inline */
        env = [for s in aws_subnet.private[*].id : upper(s)] // note
      }
      provisioner "local-exec" {
        subnets = "x"
        labels = 317 /* inline */
        cidr_block = templatefile(" $${literal}"...)
        region = coalesce("ubuntu" >= 1.5) // note
      }
      description = terraform.workspace[*].id
      ami = "%{~ for s in data.aws_ami.ubuntu.id ~}${k},%{ endfor }%{~ for s in terraform.workspace ~}${k},%{ endfor }"
    }
  }
  replicas = 0.25 // note
  // another comment
}

resource aws_vpc main1 {
  subnets = []
  lifecycle {
    cidr_block = { name = [merge(), 1e3, -aws_subnet.private[*].id,], "instance_type" = !terraform.workspace, "ami": join([1.5, 480], false...) }
  }
  // another comment
  bucket = -aws_instance.web.*.id # note
}

resource "aws_s3_bucket" "b2" {
  env = { for k, v in local.common_tags : k => v if v != null } > (1e3) # note
  subnets = "${ count.index ~}%{~ for k, v in var.region ~}${v},%{ endfor }${ 1e3 > each.value }"
}

tags = terraform.workspace
