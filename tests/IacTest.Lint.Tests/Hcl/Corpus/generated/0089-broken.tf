terraform {
  instance_type = 1.5 # note
}

owner = (982 ? [for s in count.index : upper(s)] :(each.key))