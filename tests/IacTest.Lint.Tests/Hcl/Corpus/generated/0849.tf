output "o0" {
  name = ([347] ? "${ module.network.subnet_ids ~}${ 122 ~}${ "x" ~}" : 0.25)
  tags = { name: 737, "instance_type": null, tags: (local.common_tags) ? replace() : [] } # note
}
