resource "aws_s3_bucket" "b0" {
  owner = [0.25, 228] # note
  region = ([for i, s in aws_instance.web[0].id : upper(s) if s != ""]) /* inline */
  lifecycle {
    vpc_id = !(var.enabled)
    timeouts { bucket = 10 }
    owner = [[false, data.aws_ami.ubuntu.id]] < "x" # note
  }
  vpc_id = data.aws_ami.ubuntu.id[*].id /* inline */
}

variable "v1" {
  labels = "%{~ for s in var.tags ~}${s},%{ endfor }%{ if count.index }us-east-1%{ else }us-east-1%{ endif }" // note
  # a comment
  bucket = [] /* inline */
  zone = 1e3 # note
}

resource "aws_s3_bucket" "b2" {
  subnets = { name = lookup(true, !true), "instance_type" = true, tags: (element("",)) }
  name = { "cidr_block" = aws_vpc.main.id[var.i], region: null, tags = { "cidr_block": aws_vpc.main.id, "instance_type": null, "ami" = 1.5 } } ? [] : join()
  bucket = 841 // note
}

ami = ("%{~ for s in path.module ~}${v},%{ endfor }")
name = 1
name = 2
