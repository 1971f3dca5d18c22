module "m0" {
  replicas = false
  /* a block
     comment */
  port = module.network.subnet_ids != each.key < 1e3 // note
}

output "o1" {
  bucket = replace([], "%{ if var.region }staging%{ else }x%{ endif }🙂${ [] ~}"...) # note
  // another comment
  enabled = "eu-west-1" == 1.5 % 493 # note
  env = "%${~ false ? can() : null ~}"
}

output "o2" {
  bucket = (1.5) # note
  owner = -1 >= 146 <= "prod" ? 398 : 949
  enabled = -2.5
  count = 1e3 # note
}
