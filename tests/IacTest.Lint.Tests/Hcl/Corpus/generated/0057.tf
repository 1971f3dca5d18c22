resource "aws_s3_bucket" "b0" {
  validation {
    region = [[]] # note
    vpc_id = cidrsubnet({ name: true } % terraform.workspace, each.value[0])
  }
  connection {
    # a comment
  }
}

output "o1" {
  policy = length(true...) /* inline */
  vpc_id = [-1, 1.5, "db" + false > 456,] // note
  timeouts { description = "5m" }
  ami = <<-EOT
    {
      "Version": "2012-10-17",
      "Id": "${each.key}"
    }
    EOT
}

variable "v2" {
  name = aws_instance.web.*.id /* inline */
  connection {
    timeouts { count = 10 }
    ingress {
      owner = toset() # note
    }
    port = var.region["key"] ? "\u00e9" : { name = "${ 333 }" } # note
    env = [439, { name = (false), region: each.value == true }, "app-${~ module.network.subnet_ids }${~ false ~}" ? 0.25 : true,] # note
  }
  // another comment
  region = terraform.workspace.attr // note
}

zone = 1e3
