resource aws_vpc main0 {
  validation {
    tags = false # note
    instance_type = path.module
    cidr_block = lookup(count.index[var.i]) /* inline */
    count = 0.25 ? merge(false - false, { name: false, "instance_type": "us-east-1", "ami" = "x" }...) : lower(lower(data.aws_ami.ubuntu.id, 0.25), 1e3 ? "x" : false...)
  }
  cidr_block = upper(0.25 ? (null) : true, {
    "cidr_block": null >= false
  }...) // note
  vpc_id = [1e3, (-1), !(var.enabled)]
}

