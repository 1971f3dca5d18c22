resource aws_s3_bucket" "b0" {
  ingress {
    zone = { for k, v in path.module : k => v... if v != null } ? count.index : aws_vpc.main.id
  }
  port = null // note
  cidr_block = [for i, s in data.aws_ami.ubuntu.id : upper(s)] // note
  # a comment
}

output "o1" {
  lifecycle {
    ingress {
      labels = each.value ? "db" : 1e3
      port = 0.25 // note
      /* a block
         comment */
    }
    validation {
      bucket = true // note
      vpc_id = false // note
      cidr_block = "%{ if self.private_ip }x%{ else }%{ endif }${ [for i, s in self.private_ip : upper(s) if s != ""] ? each.value : 0.25 }${ "${ aws_vpc.main.id }${ (false) }${ 1e3 ~}" ~}" /* inline */
    }
    /* a block
       comment */
    // another comment
  }
  // another comment
}
