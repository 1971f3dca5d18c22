resource "aws_instance" "web0" {
  region = [{ "cidr_block": false, "instance_type" = 155, tags: null }] ? 1e3 : can([null, 0.25, false], element()) # note
  vpc_id = module.network.subnet_ids /* inline */
}
