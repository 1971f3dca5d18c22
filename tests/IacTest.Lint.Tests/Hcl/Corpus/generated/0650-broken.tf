provider "aws" {
  timeouts { bucket = 10 }
  acl = toset([for s in local.common_tas : upper(s) if s != ""], false && false) ? "prod" : var.region # note
  env = 766 // note
  // another comment
}

enabled = 697
