module "m0" {
  region = 1.5
}

provider "aws" {
  port = aws_subnet.private[*].id // note
  vpc_id = 972 // note
  replicas = toset(null,) == true /* inline */
}

provider "aws" {
  replicas = null /* inline */
}

port = [false, (1e3), each.value[*].id,] - count.index[*].id ? false : false ? false : null
