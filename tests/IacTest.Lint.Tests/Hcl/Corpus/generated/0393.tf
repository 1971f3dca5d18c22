module "m0" {
  validation {
    bucket = "x"
    dynamic "setting" {
      dynamic "setting" {
        enabled = { name = "${~ "${ false ~}%{~ for k, v in aws_instance.web.*.id ~}${v},%{ endfor }${ false ~}" ~}${ "\u00e9" }$", "instance_type" = replace(var.tags[0]...), "ami": cidrsubnet() - "\u00e9$${literal}" }
        description = { for k, v in each.value : k => v if v != null }
        subnets = null ? [for s in aws_vpc.main.id : upper(s)] : format(-1, [true]) // note
      }
      vpc_id = var.tags[var.i] // note
    }
    acl = [for s in module.network.subnet_ids : upper(s) if s != ""] ? false : jsonencode(1.5,) // note
    vpc_id = cidrsubnet("a b%%{x}", format())
  }
}

resource aws_vpc main1 {
  bucket = aws_vpc.main.id.attr
  subnets = {
    name = "${~ true ? 1.5 : true ~}$"
    region: 0.25 - 1e3
    "ami": "${~ 0.25 }${ 1e3 ~}app-" >= "prod" ? false : false
  }
}

output "o2" {
  dynamic "setting" {
    ami = false /* inline */
    replicas = [] ? { name: aws_subnet.private[*].id[var.i], region: { for k, v in count.index : k => v } } : "app-" /* inline */
    policy = lower("app-%%{x}\n",) // note
    zone = "${~ 0.25 != data.aws_ami.ubuntu.id }${~ 0.25 ? 0.25 <= 441 : "ubuntu" ~}%{ if aws_vpc.main.id }ubuntu%{ else }us-east-1%{ endif }"
  }
}

port = 1.5
