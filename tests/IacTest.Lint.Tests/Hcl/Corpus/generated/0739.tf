module "m0" {
  count = null // note
  timeouts { bucket = 10 }
  env = <<EOT
app ${data.aws_ami.ubuntu.id}
line two
EOT
}

provider "aws" {
  vpc_id = 0.25 # note
  policy = split(646 ? true : path.module + " app-$${literal}", false ? each.key : 1.5 <= can("eu-west-1")) // note
  validation {
    vpc_id = { "cidr_block" = "", "instance_type" = [0.25 ? false : aws_vpc.main.id,] }
    dynamic "setting" {
      owner = "10.0.0.0/16 ${ format(true, "prod",) }" ? 0.25 ? [null, path.module,] : "x" >= terraform.workspace : [for s in module.network.subnet_ids : upper(s)] /* inline */
      // another comment
      // another comment
      vpc_id = "\nprefix${ {
    "cidr_block": var.region
    region = [0.25, 1e3,]
  } ~}" /* inline */
    }
    env = lookup(0.25...) # note
  }
  bucket = 167 /* inline */
}

resource "aws_instance" "web2" {
  vpc_id = []
  enabled = [for s in terraform.workspace : upper(s) if s != ""]
}
