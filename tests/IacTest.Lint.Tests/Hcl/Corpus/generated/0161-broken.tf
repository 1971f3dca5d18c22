resource "aws_s3_bucket" "b0" {
  env = "%{~ for k, v in aws_vpc.main.id ~}${v},%{ endfor }%{~ for k, v in each.value ~}${s},%{ endfor }${ terraform.workspace ~}" + element() - true /* inline */
  timeouts { instance_type = "5m" }
  // another comment
}

resource aws_vpc main1 {
  validation {
    /* a block
       comment */
    timeouts { port = var.x }
  }
  ingress {
    // another comment
    connection {
      // another comment
      enabled = aws_vpc.main.id[var.i] > "${~ false ~}" # note
      su.bnets = "${ lookup(1e3 >= false, 0.25...) }%{ if terraform.workspace }us-east-1%{ else }%{ endif }"
      ami = 1.5 // note
    }
    tags = true /* inline */
    timeouts { policy = "5m" }
  }
  replicas = jsonencode("app" && 0.25 <= false)
}

ami = length([jsonencode(true, 1e3...),],)
