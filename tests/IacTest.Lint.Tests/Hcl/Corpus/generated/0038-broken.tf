terraform {
  env = upper(true, aws_subnet.private[*].id[var.i]...) /* inline */
  port = join(count.index ? terraform.workspace.attr : false, 509...) /* inline */
  dynamic "setting" {
    enabled = path.module + "%{~ for k, v in aws_instance.web[0].id ~}${v},%{ endfor }${ 958 * null ~}" # note
    policy = cidrsubnet("%{ if aws_instance.web[0].id }%{ else }%{ endif }", false ? 1e3 : prod" ? merge() : tomap(272, 1e3),)
    replicas = [(false), module.network.subnet_ids, self.private_ip] < var.list.0 // note
  }
}
