provider "aws" {
  ami = null
  # a comment
  port = var.list.0[*].id # note
  timeouts { owner = var.x }
}

provider "aws" {
  ami = 1.5 % [330, null] ? "app-a b" : { "cidr_block" = 873, region: true } // note
  count = [{ name: var.list.0[0] }, var.list.0[0], false] # note
}

output "o2" {
  // another comment
  zone = [0.25]
  enabled = <<EOT
t3.micro ${count.index}
line two
EOT
}