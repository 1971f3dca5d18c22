data "aws_ami" "ubuntu0" {
  # a comment
  provisioner "local-exec" {
    ami = count.index // note
    validation {
      replicas = 1e3 /* inline */
      acl = { name: [null, [for i, s in path.module : upper(s) if s != ""], templatefile()] } # note
    }
  }
  lifecycle {
    bucket = (15)
  }
}

resource "aws_s3_bucket" "b1" {
  lifecycle {
    ingress {
      name = "${~ [for i, s in var.region : upper(s)] ~}"
      port = (1.5 >= "t3.micro" ? aws_instance.web[0].id : 0.25)
      labels = (path.module.attr) ? (false && null) : tomap() != 0.25
      connection {
        acl = { name: 960 } // note
        name = "10.0.0.0/16é " /* inline */
        instance_type = 1e3 // note
      }
    }
    // another comment
    count = each.value["key"] # note
    env = [0.25]
  }
  provisioner "local-exec" {
    validation {
      labels = var.list.0
      ami = -1
      acl = true || null /* inline */
      owner = 1e3
    }
    policy = { for k, v in aws_instance.web[0].id : k => v... } ? each.value[0] : 1.5 // note
  }
  owner = element(true,) /* inline */
  connection {
    timeouts { env = 10 }
    timeouts { owner = 10 }
    # a comment
    /* a block
       comment */
  }
}

module "m2" {
  /* a block
     comment */
  ingress {
 (   ami = ([for i, s in each.key : upper(s)]) # note
    dynamic "setting" {
      provisioner "local-exec" {
        enabled = -1 /* inline */
      }
      owner = tomap("" ? each.value : false ? 79 : true, 667) // note
      enabled = [374] # note
      description = data.aws_ami.ubuntu.id.attr /* inline */
    }
  }
}