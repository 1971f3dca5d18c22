resource "aws_s3_bucket" "b0" {
  lifecycle {
    // another comment
    acl = [for s in each.value : upper(s) if s != ""]
    ami = { for k, v in aws_vpc.main.id : k => v if v != null } // note
    ingress {
      provisioner "local-exec" {
        cidr_block = false # note
        env = self.private_ip["key"]
        name = 1.5
        replicas = [[] ? true : (0.25)] # note
      }
    }
  }
}
