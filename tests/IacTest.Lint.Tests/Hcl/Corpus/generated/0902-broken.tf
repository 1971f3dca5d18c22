module m0" {
  region = -2.5 // note
}
