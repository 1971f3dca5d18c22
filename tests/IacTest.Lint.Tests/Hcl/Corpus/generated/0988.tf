output "o0" {
  /* a block
     comment */
}

