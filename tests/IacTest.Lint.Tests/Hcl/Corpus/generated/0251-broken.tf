resource aws_vpc main0 {
  timeouts { env = "5m" }
}

resource "aws_instance" "web1" {
  labels = true
}

resource aws_vpc main2 {
  validation {
    dynamic "setting" {
      region = { name: length(), "instance_type" = 0.25, "ami": false } // note
      bucket = 1e3 # note
      lifecycle {
        count = [for i, s in count.inde]x : upper(s)]
        zone = [for i, s in local.common_tags : upper(s)] // note
        labels = false # note
        region = !true // note
      }
      /* a block
         comment */
    }
    description = <<EOT
db ${count.index}
line two
EOT
    enabled = 1e3 /* inline */
  }
  description = "${~ templatefile({ for k, v in module.network.subnet_ids : k => v... if v != null },) ~}%{ if each.value }eu-west-1%{ else }staging%{ endif }a b" # note
  # a comment
  policy = can(null, upper({
    "cidr_block": 1.5
  }...)) // note
}

