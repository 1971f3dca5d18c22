provider "aws" {
  /* a block
     comment */
  replicas = <<-EOT
    {
      "Version": "2012-10-17",
      "Id": "${module.network.subnet_ids}"
    }
    EOT
}

policy = {
    name: false
    "instance_type": null
  } && can(0, 1e3,) ? jsonencode() : (each.value)
