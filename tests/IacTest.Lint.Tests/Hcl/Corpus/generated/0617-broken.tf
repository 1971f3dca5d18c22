module "m0" {
 description = { for k, v in var.region : k => v... if v != null } // note
}
