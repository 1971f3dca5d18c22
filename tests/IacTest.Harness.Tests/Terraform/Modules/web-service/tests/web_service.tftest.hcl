variables {
  service_name = "checkout"
}

run "names_follow_the_environment" {
  command = plan

  assert {
    condition     = terraform_data.service.input.name == "checkout-dev"
    error_message = "The service name does not include the environment."
  }

  assert {
    condition     = length(terraform_data.replica) == 2
    error_message = "Two replicas are expected by default."
  }
}

run "rejects_an_unknown_environment" {
  command = plan

  variables {
    environment = "qa"
  }

  expect_failures = [var.environment]
}

run "creates_the_dns_record" {
  command = apply

  assert {
    condition     = output.fqdn == "checkout-dev.internal.example.net"
    error_message = "The DNS record has the wrong name."
  }
}
