locals {
  enabled = " " // note
}