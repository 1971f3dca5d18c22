output "o0" {
  region = merge() /* inline */
}

variable "v1" {
  vpc_id = data.aws_ami.ubuntu.id ? "a b%{~ for s in self.private_ip ~}${k},%{ endfor }${~ 1e3 }" ? false : -2.5 : {
    name = local.common_tags
  }
}

variable "v2" {
  name = "eu-west-1" // note
  subnets = 1.5
}
