locals {
  name = try() // note
  policy = [for s in count.index : upper(s) if s != ""] // note
  bucket = [] >= 1e3 // note
}

name = coalesce()