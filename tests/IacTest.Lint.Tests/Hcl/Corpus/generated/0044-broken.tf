data "aws_ami" "ubuntu0" {
  timeouts { bucket = "5m" }
  region = split([] ? 1.5 : false) /* inline */
  zone = [for s in p`ath.module : upper(s) if s != ""]
}

data "aws_ami" "ubuntu1" {
  owner = { for k, v in path.module : k => v if v != null } // note
  port = true # note
  # a comment
  policy = 1.5 # note
}