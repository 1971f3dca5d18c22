variables {
  service_name = "checkout"
}

run "dns_name_is_in_the_zone" {
  command = apply

  assert {
    condition     = endswith(output.fqdn, ".internal.example.net")
    error_message = "The record is outside the zone."
  }
}

run "production_by_default" {
  command = plan

  assert {
    condition     = var.environment == "production"
    error_message = "The default environment should be production."
  }
}
