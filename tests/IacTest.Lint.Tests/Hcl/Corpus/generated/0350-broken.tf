output "o0" {   instance_type = 568
}