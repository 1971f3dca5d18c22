output "o0" {
  owner = "prefix%{~ for k, v in aws_instance.web.*.id ~}${v},%{ endfor }" /* inline */
  validation {
    instance_type = true /* inline */
    port = 0.25
    connection {
      tags = count.index[var.i] # note
      timeouts { zone = 10 }
    }
    timeouts { zone = "5m" }
  }
  port = !aws_vpc.main.id /* inline */
  zone = { for k, v in path.module : k => v if v != null } / 1e3 # note
}