provider "aws" {
  validation {
    labels = [for s in data.aws_ami.ubuntu.id : upper(s)] / 1e3 // note
  }
  vpc_id = [({ "cidr_block" = false, "instance_type" = true, "ami" = false }), {
    "cidr_block": 1e3
    region = 1.5
    tags: (false)
  }] // note
  connection {
    // another comment
  }
  count = "\"q\"" ? { for k, v in path.module : k => v... if v != null } : false // note
}

