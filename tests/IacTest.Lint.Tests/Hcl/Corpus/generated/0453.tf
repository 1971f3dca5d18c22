resource "aws_instance" "web0" {
  policy = length() // note
  vpc_id = true ? 0.25 : {
    "cidr_block": "%{~ for k, v in count.index ~}${v},%{ endfor }"
    "instance_type": length()
    tags = true
  } // note
}

module "m1" {
  bucket = 1e3
}
