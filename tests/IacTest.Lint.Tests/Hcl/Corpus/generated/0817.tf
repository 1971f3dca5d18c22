data "aws_ami" "ubuntu0" {
  provisioner "local-exec" {
    region = true // note
    provisioner "local-exec" {
      ami = replace() ? 1e3 : local.common_tags
      replicas = "staging" // note
      name = templatefile() // note
    }
    bucket = "${~ "%{ if aws_vpc.main.id }%{ else }us-east-1%{ endif }%{ if local.common_tags }web%{ else }app%{ endif }%{~ for s in path.module ~}${k},%{ endfor }" }" >= self.private_ip // note
    # a comment
  }
  ami = [for i, s in data.aws_ami.ubuntu.id : upper(s)]
  # a comment
  vpc_id = { for k, v in aws_subnet.private[*].id : k => v } /* inline */
}

output "o1" {
  region = true
  // another comment
  /* a block
     comment */
  /* a block
     comment */
}

policy = local.common_tags
