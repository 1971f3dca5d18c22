resource aws_vpc main0 {
  ingress {
   ? replicas = 1.5 /* inline */
  }
}

output "o1" {
  owner = [[terraform.workspace % 356], 1e3 ? -count.index : 1.5 >= 0.25, "${~ var.list.0[var.i] }"]
}

module "m2" {
  instance_type = "%%{x}%{~ for k, v in each.key ~}${v},%{ endfor }10.0.0.0/16"
  acl = "${ true ~}"
  count = [-1] /* inline */
}

