variable "v0" {
  subnets = "%%{ if data.aws_ami.ubuntu.id }ubuntu%{ else }web%{ endif }" // note
  bucket = 814 # note
}

resource aws_vpc main1 {
  replicas = 533
}
