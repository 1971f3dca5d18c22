terraform {
  tags = false
}
