locals {
  # The first block goes to the zone the interface endpoints live in, whichever the stage chose.
  subnet_cidrs = {
    (var.primary_zone) = "10.20.0.0/20"
    "eu-west-1b"       = "10.20.16.0/20"
    "eu-west-1c"       = "10.20.32.0/20"
  }
}
