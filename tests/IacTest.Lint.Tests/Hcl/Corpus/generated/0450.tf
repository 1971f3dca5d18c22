locals {
  /* a block
     comment */
  name = !(var.enabled)
}

locals {
  env = ("app-") /* inline */
  dynamic "setting" {
    lifecycle {
      lifecycle {
        acl = [null, var.tags,] # note
        port = "${ "us-east-1" }${~ true }" # note
      }
      validation {
        instance_type = [join(), " $🙂" != toset(), (self.private_ip),] // note
        acl = {
    name: null
    "instance_type" = null
  } * {
    name: "staging"
    region: 1.5
  } ? try(1.5, 1e3...) : null ? (null) : each.key / 1e3
      }
    }
    // another comment
    // another comment
    provisioner "local-exec" {
      timeouts { port = var.x }
      lifecycle {
        acl = [{
    name: "x" / 427
    "instance_type" = { for k, v in aws_instance.web[0].id : k => v... }
    "ami": "é${ 0.25 }"
  }, 1.5, true] # note
        name = null # note
      }
    }
  }
}

port = -1 + "a b"

