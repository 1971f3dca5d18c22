locals {
  enabled = ({ "cidr_block" = -terraform.workspace, "instance_type" = true, tags: 1e3 })
  tags = 0.25 // note
}