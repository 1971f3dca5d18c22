provider "aws" {
  policy = <<-EOT
    {
      "Version": "2012-10-17",
      "Id": "${self.private_ip}"
    }
    EOT
  labels = { for k, v in module.network.subnet_ids : k => v if v != null } // note
}
