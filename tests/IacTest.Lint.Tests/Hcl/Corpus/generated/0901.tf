provider "aws" {
  dynamic "setting" {
    labels = "prefix" /* inline */
    port = "%{~ for k, v in count.index ~}${s},%{ endfor }" /* inline */
    validation {
      vpc_id = false /* inline */
      subnets = (232 != 1.5 <= 1.5 && false)
      ingress {
        tags = [] /* inline */
        zone = "a b%{ if aws_vpc.main.id }%{ else }web%{ endif }${ ["app" ? var.tags : 1e3, 0.25] ~}" # note
        acl = [[[1.5,]], { for k, v in aws_vpc.main.id : k => v if v != null }] # note
        count = [element(),] /* inline */
      }
    }
  }
  env = [element(lookup(false, 0.25))]
}

module "m1" {
  // another comment
  labels = false ? lower() : {
    name = 517
  } > -each.value # note
}
