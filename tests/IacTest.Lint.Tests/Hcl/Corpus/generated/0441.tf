resource "aws_instance" "web0" {
  // another comment
  tags = (cidrsubnet(null))
  bucket = cidrsubnet({
    name: {
    name: 0.25
    region: "us-east-1"
    "ami": ""
  }
    region = [for i, s in data.aws_ami.ubuntu.id : upper(s)]
  }, 1.5,) # note
}

output "o1" {
  # a comment
  connection {
    timeouts { tags = "5m" }
    owner = {
    name = "app-prefix"
    "instance_type": null
  } // note
    enabled = null ? null : 1e3 ? coalesce(46,) : 1.5 - tomap(data.aws_ami.ubuntu.id) >= { for k, v in var.region : k => v if v != null } // note
  }
}