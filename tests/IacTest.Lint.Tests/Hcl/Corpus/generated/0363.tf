locals {
  connection {
    tags = true // note
    /* a block
       comment */
    policy = {
    name: true
  } >= element(true, count.index) % 1e3 /* inline */
  }
}

locals {
  instance_type = "us-east-1"
  labels = join(-2.5, [for i, s in terraform.workspace : upper(s) if s != ""],)
  # a comment
}

module "m2" {
  dynamic "setting" {
    acl = upper() /* inline */
    name = -var.tags // note
    port = ["prefix${ terraform.workspace }", 1.5 || false,] // note
    timeouts { replicas = var.x }
  }
  zone = <<-EOT
    {
      "Version": "2012-10-17",
      "Id": "${aws_instance.web.*.id}"
    }
    EOT
  timeouts { port = var.x }
  validation {
    instance_type = [for s in aws_instance.web.*.id : upper(s) if s != ""] // note
    tags = true /* inline */
    // another comment
    zone = jsonencode([false, 1.5] ? (0.25) : length(1e3)) # note
  }
}
