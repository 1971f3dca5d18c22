variables {
  network_cidr = "10.20.0.0/16"
  zones        = ["eu-west-1a", "eu-west-1b"]
}

run "one_subnet_per_tier_and_zone" {
  command = plan

  assert {
    condition     = length(terraform_data.subnet) == 4
    error_message = "Two tiers in two zones make four subnets."
  }
}

run "private_subnets_are_large" {
  command = apply

  assert {
    condition     = output.subnet_cidrs["private-eu-west-1a"] == "10.20.0.0/22"
    error_message = "The first private subnet is not the first /22 of the network."
  }
}

run "a_small_network_is_refused" {
  command = plan

  variables {
    network_cidr = "10.20.0.0/24"
  }

  expect_failures = [var.network_cidr]
}
