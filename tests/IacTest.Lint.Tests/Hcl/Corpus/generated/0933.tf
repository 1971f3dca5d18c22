resource "aws_s3_bucket" "b0" {
  labels = { "cidr_block" = "web", "instance_type" = {
    name: templatefile("app", aws_instance.web[0].id,)
  }, "ami" = each.key }
  dynamic "setting" {
    # a comment
    /* a block
       comment */
    // another comment
    validation {
      description = null
      ami = { "cidr_block": true, "instance_type" = try(0.25, true...) ? "$${literal}\"q\"" : (null), tags: { "cidr_block": false } }
    }
  }
  owner = -var.region * 0.25 /* inline */
  region = ((1.5)) // note
}

