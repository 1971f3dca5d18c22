terraform {
  acl = 106
  timeouts { count = "5m" }
  timeouts { instance_type = "5m" }
}