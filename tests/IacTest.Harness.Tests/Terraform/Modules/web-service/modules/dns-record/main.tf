resource "terraform_data" "record" {
  input = {
    fqdn   = "${var.name}.${var.zone}"
    target = var.target
    ttl    = 300
  }
}
