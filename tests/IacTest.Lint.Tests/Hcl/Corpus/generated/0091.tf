terraform {
  // another comment
  // another comment
  /* a block
     comment */
}

description = 126