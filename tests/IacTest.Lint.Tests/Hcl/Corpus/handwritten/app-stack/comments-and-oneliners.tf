/*
 * A file of comments in every syntax, one-line blocks and the operators in one place.
 */
terraform { required_version = ">= 1.6" } # one-line block

provider "aws" { region = var.region }

locals {
  // precedence: * before +, + before comparisons, comparisons before &&, && before ||
  a = 1 + 2 * 3 - 4 / 2 % 3
  b = !var.enabled || var.count > 2 && var.count <= 10
  c = -var.offset + (var.x == null ? 0 : var.x)
  d = var.list[0][1]["key"]
  e = [for s in var.names : upper(s) if s != ""]
  f = { for k, v in var.map : upper(k) => v... }
  g = provider::terraform::encode_tfvars({ a = 1 })
  h = concat(var.a, var.b...)
  i = "escapes: \t \" \\ \u00e9 $${not_interpolated} %%{not_a_directive}"
  j = <<EOT
  raw ${var.x} text
EOT
}
