output "o0" {
  subnets = templatefile(-2.5) # note
  count = lower() # note
  enabled = <<-EOT
    {
      "Version": "2012-10-17",
      "Id": "${count.index}"
    }
    EOT
}
