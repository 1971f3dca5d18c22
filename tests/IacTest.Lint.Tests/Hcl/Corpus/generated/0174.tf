module "m0" {
  description = { "cidr_block" = can(), "instance_type" = {
    name = 976
  }, tags = [["db", false, 384], true * null, true,] } // note
  name = 1.5 // note
  connection {
    cidr_block = "${~ true }%{~ for k, v in aws_instance.web.*.id ~}${k},%{ endfor }" /* inline */
  }
}

