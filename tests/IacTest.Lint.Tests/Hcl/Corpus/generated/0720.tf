provider "aws" {
  // another comment
}

name = tomap(terraform.workspace, -1)