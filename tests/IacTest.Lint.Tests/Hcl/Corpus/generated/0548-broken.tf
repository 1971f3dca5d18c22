locals {
  instance_type = []
}