terraform {
  name = 777 // note
  /* a block
     comment */
  description = null
  acl = "${ try() }prefix" # note
}