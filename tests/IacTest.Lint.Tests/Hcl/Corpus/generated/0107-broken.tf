resource "aws_instance" "web0" {
  owner {
    name: 1.5 % null + upper(608,)
  } # note
}

