provider "aws" {
  region = { "cidr_block" = ["${~ "t3.micro" ~}", [1e3, 150, 17],] } /* inline */
  acl = true ? var.list.0 != null <= { name: 1e3 } : [1.5, 28] ? 853 ? "prod" : 0.25 : [null] /* inline */


