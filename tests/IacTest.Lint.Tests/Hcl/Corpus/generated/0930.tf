variable "v0" {
  description = 416 # note
  replicas = { for k, v in count.index : k => v } <= [null,] ? "%{~ for s in module.network.subnet_ids ~}${k},%{ endfor }app-${ element() }" : var.list.0[var.i] // note
}