data "aws_ami" "ubuntu0" {
  policy = "app" # note
  labels = 1e3 # note
  tags = 352 # note
}

