output "o0" {
  instance_type = "%{ if self.private_ip }%{ else }web%{ endif }" /* inline */
  lifecycle {
    lifecycle {
      name = null // note
      tags = terraform.workspace[var.i] # note
    }
    lifecycle {
      /* a block
         comment */
    }
  }
  replicas = [352, data.aws_ami.ubuntu.id, 1e3,] /* inline */
}

policy = [for i, s in path.module : upper(s)]