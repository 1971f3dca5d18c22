module "m0" {
  connection {
    ami = 942 # note
    ingress {
      ami = ("t3.micro") # note
      // another comment
      acl = "${ (0.25) }" # note
      tags = "web"
    }
  }
}

