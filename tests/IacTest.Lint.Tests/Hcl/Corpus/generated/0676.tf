resource aws_vpc main0 {
  count = <<EOT
eu-west-1 ${aws_vpc.main.id}
line two
EOT
  labels = {
    "cidr_block": { "cidr_block": 1.5, "instance_type": !true }
  } /* inline */
  owner = 1e3 # note
}

variable "v1" {
  env = (join()) ? false : "${~ 825 }%"
}

variable "v2" {
  count = <<-EOT
    {
      "Version": "2012-10-17",
      "Id": "${each.value}"
    }
    EOT
}
