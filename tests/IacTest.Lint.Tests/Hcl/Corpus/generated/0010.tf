resource "aws_s3_bucket" "b0" {
  ami = null
  instance_type = "ubuntu"
  vpc_id = toset([0.25, aws_instance.web[0].id.attr,]...)
}
