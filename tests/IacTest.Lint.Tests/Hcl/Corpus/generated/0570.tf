variable "v0" {
  bucket = upper(true, [])
  port = false
  description = "${~ 1.5 ? false < module.network.subnet_ids : data.aws_ami.ubuntu.id.attr ~}\u00e9${ -1 ? jsonencode(null, true...) : 399 ~}"
  timeouts { replicas = 10 }
}

bucket = [for s in path.module : upper(s) if s != ""]