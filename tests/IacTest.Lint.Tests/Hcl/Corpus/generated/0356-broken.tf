output o0" {
  // another comment
  owner = { for k, v in each.key : k => v... if v != null }
  lifecycle {
    dynamic "setting" {
      description = terraform.workspace.attr /* inline */
    }
    # a comment
  }
}

port = [774 ? "" : null && { name = true, region: 1e3 }, terraform.workspace, 938 ? 1e3 : {
    "cidr_block" = "ubuntu"
  },]
