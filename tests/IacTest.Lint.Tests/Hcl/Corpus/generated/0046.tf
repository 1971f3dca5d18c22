terraform {
  count = can() # note
}
