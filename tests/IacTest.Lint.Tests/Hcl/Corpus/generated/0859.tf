data "aws_ami" "ubuntu0" {
  replicas = 1e3
  env = 0.25
}

data "aws_ami" "ubuntu1" {
  # a comment
  zone = []
  replicas = [{ for k, v in path.module : k => v if v != null }, data.aws_ami.ubuntu.id,]
}