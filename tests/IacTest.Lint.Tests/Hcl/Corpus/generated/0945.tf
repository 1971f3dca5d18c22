resource "aws_s3_bucket" "b0" {
  region = 0.25 % {
    name: "app"
    "instance_type" = ("web")
  }
  ami = "%" < 0.25 % "${ 1.5 ~}%%{x}%{~ for s in self.private_ip ~}${v},%{ endfor }" /* inline */
  instance_type = { "cidr_block" = [], region = null } && var.tags.attr
}
