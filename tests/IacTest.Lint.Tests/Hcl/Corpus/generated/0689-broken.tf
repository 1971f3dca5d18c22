locals {
  tags = 0.25 /* inline */
  vpc_id = %{~ for k, v in aws_instance.web[0].id ~}${k},%{ endfor }" // note
}