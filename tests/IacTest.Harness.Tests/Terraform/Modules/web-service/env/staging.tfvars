environment = "staging"
replicas    = 3
tags = {
  team = "payments"
}
