locals {
  # Each tier owns one sixteenth of the network, and its zones' subnets are carved from that block: tiers never
  # overlap, and adding a zone or a tier does not renumber the subnets that exist.
  tier_names = sort(keys(var.tiers))

  subnets = merge([
    for tier_index, tier in local.tier_names : {
      for zone_index, zone in var.zones :
      "${tier}-${zone}" => {
        tier = tier
        zone = zone
        cidr = cidrsubnet(cidrsubnet(var.network_cidr, 4, tier_index), var.tiers[tier], zone_index)
      }
    }
  ]...)
}

resource "terraform_data" "subnet" {
  for_each = local.subnets

  input = each.value
}
