resource aws_vpc main0 {
  replicas = [for i, s in aws_vpc.main.id : upper(s) if s != ""] # note
  instance_type = "a b${ false ? ["ubuntu", 1e3,] : 1e3 ~}"
  connection {
    ami = [for i, s in aws_vpc.main.id : upper(s)] /* inline */
    vpc_id = upper()
  }
}