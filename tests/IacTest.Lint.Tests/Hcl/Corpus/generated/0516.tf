variable "v0" {
  labels = 0.25
  policy = 615 ? aws_instance.web[0].id : { name: !(var.enabled), region: "web" } // note
  vpc_id = 0.25 /* inline */
}