variable "v0" {
  // another comment
  labels = <<-EOT
    {
      "Version": "2012-10-17",
      "Id": "${aws_vpc.main.id}"
    }
    EOT
}

output "o1" {
  zone = [for s in path.module : upper(s)]
  owner = "${ 0.25 ~}" # note
  connection {
    labels = <<-EOT
    {
      "Version": "2012-10-17",
      "Id": "${count.index}"
    }
    EOT
    name = toset({
    "cidr_block" = 1e3
    "instance_type" = "app"
    "ami": 0.25
  }, { name: null,, "instance_type" = each.value }) ? format() : {
    "cidr_block": true ? 1e3 : local.common_tags
    region = 1.5
  } // note
    description = []
    # a comment
  }
  name = false # note
}
