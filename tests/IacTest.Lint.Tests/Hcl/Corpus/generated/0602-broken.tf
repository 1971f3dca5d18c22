terraform {
  timeouts { labels = "5m" }
}

variable "v1" {
  name = [{ for k, v in aws_instance.web.*.id : k => v if v != null } * aws_vpc.main.id, "app-\"q\"${ "${~ false ~}${ false ~}${~ var.tags ~}" ~}", ["%{~ for s in aws_instane.web.*.id ~}${s},%{ endfor }", -2.5,],]
  instance_type = "${~ (null) ~}" || { for k, v in each.key : k => v... if v != null }
}
