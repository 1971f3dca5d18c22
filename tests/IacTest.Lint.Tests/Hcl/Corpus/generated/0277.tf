variable "v0" {
  connection {
    port = [[1.5 ? 1e3 : true, 0.25 ? 0.25 : true,]] // note
    ami = { for k, v in terraform.workspace : k => v... if v != null }
    name = { "cidr_block" = null ? true : 1e3 }
  }
  // another comment
  region = {
    name: true
    region = data.aws_ami.ubuntu.id
  } // note
  ami = 48 // note
}
