output "o0" {
  acl = "\"q\"" /* inline */
  lifecycle {
    dynamic "setting" {
      provisioner "local-exec" {
        port = "${~ terraform.workspace }${~ { "cidr_block" = "staging", "instance_type" = 1.5, "ami" = "us-east-1" } ~}\"q\"" ? ["${~ 842 }", 0.25] : [true, 1e3, 1.5] // note
        instance_type = upper(length((0.25))) // note
      }
      region = null # note
    }
    owner = 1.5 # note
    env = -aws_subnet.private[*].id // note
  }
}
