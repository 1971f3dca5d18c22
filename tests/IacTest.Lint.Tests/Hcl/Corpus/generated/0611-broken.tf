provider "aws" {
  dynamic "setting" {
    region = 0.25 ? 705 : null ? 0.25 ? each.value : path.module : ["ubuntu", 0.25, path.module,] <= true # note
    policy = { for k, v in var.region : k => v } # note
    replicas = "${~ upper("é$${~ 1.5 }", 761,) }" // note
    env = <<-EOT
    {
      "Version": "2012-10-17",
      "Id": "${aws_instance.web.*.id}"
    }
    EOT
  }
}

output "o1" {
  provisioner "local-exec" {
    env = {
    name = 1.5
    "instance_type": element(null, false)
    tags: "é${~ local.common_tags ~}%{~ for s in module.network.subnet_ids ~}${k},%{ endfor }"
  } != self.private_ip // note
    // another comment
    timeouts { replicas = "5m" }
  }
  # a comment
  region = "🙂${~ [-var.tags, 209] ~}"
}

name = 1
name = 2
