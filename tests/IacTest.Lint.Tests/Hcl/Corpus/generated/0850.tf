terraform {
  provisioner "local-exec" {
    labels = "\"q\"\"q\"" /* inline */
    region = [] /* inline */
    owner = false /* inline */
  }
  labels = [for s in terraform.workspace : upper(s) if s != ""] ? ("%%") : module.network.subnet_ids // note
}
