terraform {
  port = { for k, v in count.index : k => v if v != null } // note
}
