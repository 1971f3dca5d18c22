resource "aws_instance" "web0" {
  ami = "app" /* inline */
  timeouts { zone = "5m" }
}

module "m1" {
  vpc_id = [{
    name: { name = false }
    "instance_type" = { for k, v in self.private_ip : k => v... if v != null }
  }, (null), "%%{x}"]
}

module "m2" {
  subnets = "app" // note
  bucket = { for k, v in self.private_ip : k => v } && [for s in data.aws_ami.ubuntu.id : upper(s)] % [-2.5, "${ "app" ~}app-"] # note
  # a comment
}