# Lint settings shared by CI and the editors of the platform team.
config {
  call_module_type = "local"
  force            = false
  format           = "compact"

  varfile   = ["env/prod.tfvars"]
  variables = ["environment=prod"]
}

plugin "terraform" {
  enabled = true
  preset  = "recommended"
}
