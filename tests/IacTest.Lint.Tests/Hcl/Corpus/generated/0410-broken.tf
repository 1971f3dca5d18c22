variable "v0" {
  region = [885, !true,] /* inline */
  validation {
    ingress {
      timeouts { replicas = "5m" }
      lifecycle {
        ami = aws_vpc.main.id:[var.i]
        region = [1.5, 983 ? true : 0.25 > "" >= 1.5]
        instance_type = [for i, s in aws_subnet.private[*].id : upper(s) if s != ""] /* inline */
      }
      description = format(-path.module ? "app" : (0.25)...)
      ingress {
        replicas = {
    "cidr_block": templatefile()
  } // note
      }
    }
  }
}