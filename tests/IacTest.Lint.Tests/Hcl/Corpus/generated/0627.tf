resource "aws_instance" "web0" {
  validation {
    ami = coalesce({
    "cidr_block": data.aws_ami.ubuntu.id[0]
    region: self.private_ip[*].id
  }, [for s in aws_vpc.main.id : upper(s)]) /* inline */
  }
  timeouts { labels = "5m" }
}

provider "aws" {
  count = [{ for k, v in each.value : k => v }, aws_instance.web[0].id,] # note
  enabled = 1e3 ? lower() * aws_instance.web[0].id : {
    "cidr_block" = 505 + null
    "instance_type": 0.25
    tags: false
  } /* inline */
}

variable "v2" {
  // another comment
  tags = "%{ if data.aws_ami.ubuntu.id }staging%{ else }x%{ endif }${ var.tags == "" ~}" ? 0.25 : "${~ null ? 1.5 : null ~}${~ 1e3 ~}%{~ for k, v in terraform.workspace ~}${k},%{ endfor }" /* inline */
  dynamic "setting" {
    region = ([[true, 0.25, null,]]) /* inline */
    vpc_id = each.value // note
    port = {
    "cidr_block": [null, true, false && 822,]
    region: 1e3
  } /* inline */
  }
}

