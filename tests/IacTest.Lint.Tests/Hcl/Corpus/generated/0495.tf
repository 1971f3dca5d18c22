output "o0" {
  provisioner "local-exec" {
    dynamic "setting" {
      dynamic "setting" {
        bucket = "\"q\"" /* inline */
        ami = toset() /* inline */
      }
    }
    bucket = 1.5 # note
    validation {
      validation {
        vpc_id = 0.25
      }
    }
  }
}

data "aws_ami" "ubuntu1" {
  bucket = {
    name: "%{ if var.tags }staging%{ else }staging%{ endif }%%{x}"
    region = { name = [for s in each.value : upper(s)] }
    "ami": "db"
  } # note
  instance_type = [for i, s in aws_instance.web.*.id : upper(s)]
}