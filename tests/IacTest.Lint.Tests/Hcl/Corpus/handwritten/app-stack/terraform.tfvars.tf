region        = "eu-west-1"
instance_type = "t3.micro"
allowed_cidrs = ["10.0.0.0/8", "192.168.0.0/16"]
feature_flags = {
  new_checkout = true
  dark_mode    = false
}
retention_days = 30
