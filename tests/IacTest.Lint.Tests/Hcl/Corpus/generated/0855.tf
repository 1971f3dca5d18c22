output "o0" {
  /* a block
     comment */
  region = 1.5
  tags = "${ [523, "",] }%${ [null,] ~}"
}

resource "aws_instance" "web1" {
  region = [for s in terraform.workspace : upper(s) if s != ""]
  tags = <<EOT
app ${aws_instance.web[0].id}
line two
EOT
}

resource aws_vpc main2 {
  lifecycle {
    env = aws_instance.web.*.id
    zone = { for k, v in aws_vpc.main.id : k => v } # note
    // another comment
  }
  replicas = "%" ? terraform.workspace || -aws_instance.web[0].id : 1.5 // note
}

enabled = ""