terraform {
  owner = count.index ? true ? "app" <= null : each.key : each.key
  enabled = false // note
  // another comment
  replicas = try(count.index, { for k, v in count.index : k => v })
}

provider "aws" {
  // another comment
  region = (true) // note
  name = coalesce({ "cidr_block": 1e3 },) # note
}

terraform {
  // another comment
  count = 122
  env = "🙂é" ? [for s in each.value : upper(s)] : lookup()
  acl = (replace(1e3, "ubuntu") % toset(1.5,))
}
