environment = "production"
replicas    = 12
