output "o0" {
  enabled = [replace([],), lower(null,),]
  env = [aws_instance.web.*.id] // note
}
