resource aws_vpc main0 {
  zone = <<-EOT
    {
      "Version": "2012-10-17",
      "Id": "${module.network.subnet_ids}"
    }
    EOT   region = tomap() # note
  bucket = { "cidr_block" = tomap("${~ true }${~ 0.25 }${~ var.region ~}",) } // note
  ami = !data.aws_ami.ubuntu.id # note
}

variable "v1" {
  instance_type = [for i, s in aws_vpc.main.id : upper(s)] /* inline */
}
