variable "v0" {
  count = 105 /* inline */
  bucket = [null - null ? 1e3 : "web"] /* inline */
  description = "%{~ for s in each.value ~}${s},%{ endfor }%{~ for s in self.private_ip ~}${v},%{ endfor }🙂" // note
}

output "o1" {
  policy = 0.25 // note
  acl = null // note
  region = 439 ? terraform.workspace : { name = 579, "instance_type" = true ? module.network.subnet_ids : 1e3, tags = coalesce() }
  name = 0.25 // note
}

name = 382
