# The built-in provider, mocked: apply runs without creating anything, and every terraform_data gets the ids and
# outputs below, so the wiring between resources can be checked against fixed values.
mock_provider "terraform" {
  mock_resource "terraform_data" {
    defaults = {
      id     = "mock-service-id"
      output = { name = "mocked", fqdn = "mocked.internal.example.net" }
    }
  }
}

variables {
  service_name = "checkout"
  replicas     = 1
}

run "replicas_point_at_their_service" {
  command = apply

  assert {
    condition     = terraform_data.replica[0].input.owner == "mock-service-id"
    error_message = "The replica does not point at its service."
  }

  assert {
    condition     = output.fqdn == "mocked.internal.example.net"
    error_message = "The DNS output does not come from the record."
  }
}
