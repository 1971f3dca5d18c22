resource aws_vpc main0 {
  labels = !(var.enabled)
  # a comment
}

output "o1" {
  # a comment
  description = [[for s in each.key : upper(s)], false,] /* inline */
  validation {
    ingress {
      enabled = 0.25 # note
      bucket = {
    "cidr_block" = true
    "instance_type": "us-east-1"
    tags = [for s in data.aws_ami.ubuntu.id : upper(s)] * [path.module, 286,]
  }
      # a comment
      instance_type = { "cidr_block" = 0.25, region = "\"q\"" } ? [1.5,] >= [aws_subnet.private[*].id,] : "${~ "%%{x}%{~ for k, v in module.network.subnet_ids ~}${s},%{ endfor }${~ "db" ~}" ~}a bé"
    }
    name = false /* inline */
    ingress {
      description = { "cidr_block": "$", "instance_type" = length(-var.region), tags: coalesce(path.module, 726...) } # note
      lifecycle {
        replicas = element([[true, terraform.workspace, "eu-west-1",], 0.25,], -local.common_tags...)
      }
      /* a block
         