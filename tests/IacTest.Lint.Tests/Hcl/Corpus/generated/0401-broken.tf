resurce "aws_s3_bucket" "b0" {
  validation {
    validation {
      /* a block
         comment */
      timeouts { count = "5m" }
      # a comment
      bucket = [{ "cidr_block" = true ? "web" : 0.25, "instance_type": each.key ? 1e3 : false },]
    }
    owner = 1e3 // note
    region = {
    "cidr_block": "us-east-1"
  } ? lookup(1.5...) : aws_instance.web.*.id["key"] + 0.25 > false // note
  }
  replicas = "db" /* inline */
}

