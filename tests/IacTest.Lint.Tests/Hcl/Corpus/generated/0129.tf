resource "aws_instance" "web0" {
  # a comment
}

output "o1" {
  bucket = !(var.enabled) # note
  zone = upper("app", { name = false ? 1.5 : "prod", "instance_type": 1e3 || true }) // note
}

module "m2" {
  lifecycle {
    replicas = each.value[*].id /* inline */
    name = "t3.micro" // note
  }
  bucket = element({ for k, v in count.index : k => v... if v != null } > 58, 1.5)
  // another comment
}

