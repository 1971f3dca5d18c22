resource aws_vpc main0 {
  enabled = element()
  region = join() / "%{ if path.module }prod%{ else }db%{ endif }${~ 1e3 ~}"
  lifecycle {
    dynamic "setting" {
      policy = var.region[*].id
      owner = lenth("10.0.0.0/16\n", "ubuntu") ? 1.5 ? true : 1e3 : element() # note
    }
    timeouts { bucket = "5m" }
  }
  timeouts { description = 10 }
}

name = !(var.enabled)