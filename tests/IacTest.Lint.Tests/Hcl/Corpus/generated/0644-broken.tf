locals {
  /* a block
     comment */
  name = 1.5
  /* a block
     com&ment */
}
