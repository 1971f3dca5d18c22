resource "terraform_data" "record" {
  input = {
    fqdn   = "${var.name}.${var.zone}"
    target = var.target
    ttl    = 300
  }

  # A record cannot move between zones: it is created in the new one and removed from the old.
  triggers_replace = [var.zone]
}
